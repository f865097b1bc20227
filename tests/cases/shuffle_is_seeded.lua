-- shuffle = true: the order a student sees depends on the seed, and the same
-- seed always gives the same order.
scenario { id = "shuffle", start = "a", shuffle = true }
node "a" { text = "?", choices = {
  { text = "A", next = "ea" }, { text = "B", next = "eb" }, { text = "C", next = "ec" }, { text = "D", next = "ed" } } }
ending "ea" { outcome = "good" }
ending "eb" { outcome = "mixed" }
ending "ec" { outcome = "bad" }
ending "ed" { outcome = "bad" }
plan "seed1" { seed = 1, choices = "1", ending = "eb" }
plan "seed2" { seed = 2, choices = "1", ending = "ed" }
plan "seed3" { seed = 3, choices = "1", ending = "ec" }
