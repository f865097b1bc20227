-- next as a function: the parent's trust decides where the talk goes.
scenario { id = "routes", start = "a" }
meter "vertrouwen" { min = 0, max = 10, start = 5 }
local function verder(s) if s.vertrouwen >= 6 then return "open" end return "dicht" end
node "a" { text = "?", choices = {
  { text = "erkennen", effects = { vertrouwen = 2 }, next = verder },
  { text = "verdedigen", effects = { vertrouwen = -2 }, next = verder } } }
ending "open" { outcome = "good" }
ending "dicht" { outcome = "bad" }
plan "erkennen" { choices = "1", ending = "open" }
plan "verdedigen" { choices = "2", ending = "dicht" }
