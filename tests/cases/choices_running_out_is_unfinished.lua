-- A run whose choices run out before an ending is "unfinished", not an error.
scenario { id = "unfinished", start = "a" }
node "a" { text = "?", choices = { { text = "x", next = "b" } } }
node "b" { text = "?", choices = { { text = "y", next = "einde" } } }
ending "einde" { outcome = "good" }
plan "half" { choices = "1", outcome = "unfinished" }
plan "heel" { choices = "1,1", outcome = "good" }
