-- A node whose choices are all hidden and that has no next ends the attempt as "stuck".
scenario { id = "stuck", start = "a" }
meter "geduld" { min = 0, max = 3, start = 1 }
node "a" { text = "?", choices = {
  { text = "geduld op", effects = { geduld = -1 }, next = "b" },
  { text = "geduld erbij", effects = { geduld = 1 }, next = "b" } } }
node "b" { text = "!", choices = { { text = "verder", when = function(s) return s.geduld > 1 end, next = "einde" } } }
ending "einde" { outcome = "good" }
plan "vast" { choices = "1", outcome = "stuck" }
plan "verder" { choices = "2,1", ending = "einde", outcome = "good" }
