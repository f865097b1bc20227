scenario { id = "t", start = "begin", language = "en" }
node "begin" { text = { nl = "x" }, next = "goed" }
ending "goed" { outcome = "good" }
