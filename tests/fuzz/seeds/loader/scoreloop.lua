scenario { id = "t", start = "begin" }
node "begin" { text = "x", choices = { { text = "a", score = { c = 1 }, next = "begin" }, { text = "b", next = "goed" } } }
competency "c" { }
competency "d" { }
ending "goed" { outcome = "good" }
