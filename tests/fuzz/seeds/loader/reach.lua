scenario { id = "t", start = "begin" }
meter "v" { min = 0, max = 5 }
node "begin" { text = "x", choices = { { text = "a", when = function(s) return s.v > 9 end, next = "goed" }, { text = "b", next = "lus" } } }
node "lus" { text = "y", next = "lus2" }
node "lus2" { text = "z", choices = { { text = "c", next = "lus" } } }
node "eiland" { text = "e", next = "goed" }
ending "goed" { outcome = "good" }
ending "weg" { outcome = "bad" }
