scenario { id = "t", start = "begin" }
node "begin" { text = "x", choices = { { text = "a", next = "twee" } } }
node "twee" { text = function(s) return s.nope end, next = "goed" }
ending "goed" { outcome = "good" }
