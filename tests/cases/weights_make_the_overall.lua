-- Overall = weight-averaged percentage: by hand, (3*1 + 1*0.5) / 4 = 0.875.
scenario { id = "weights", start = "a" }
competency "zwaar" { weight = 3 }
competency "licht" { weight = 1, max = 4 }
node "a" { text = "?", choices = {
  { text = "beide", score = { zwaar = 2, licht = 2 }, next = "einde" },
  { text = "alleen licht", score = { licht = 4 }, next = "einde" },
  { text = "niets", next = "einde" } } }
ending "einde" { outcome = "mixed" }
plan "beide" { choices = "1", overall = 0.875, grade = "goed" }
plan "licht" { choices = "2", overall = 0.25, grade = "onvoldoende" }
plan "niets" { choices = "3", overall = 0, grade = "onvoldoende", scores = { zwaar = 0, licht = 0 } }
