scenario { id = "t", start = "begin" }
node "begin" { text = "x", next = "goed", timeout = { seconds = 5, next = "goed" } }
node "b2" { text = "x", timeout = 5, next = "goed" }
ending "goed" { outcome = "good" }
ending "g2" { outcome = "good", title = 5 }
