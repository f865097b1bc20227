scenario { id = "t", start = "begin" }
node "begin" { text = "x", choices = { { text = "a", next = "lus" } } }
node "lus" { text = "y", next = "begin" }
ending "goed" { outcome = "good" }
