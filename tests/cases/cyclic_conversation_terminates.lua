-- A conversation that can circle back: the analysis terminates, and the
-- maximum counts the way without going round (asking once more adds nothing).
scenario { id = "cyclic", start = "vraag" }
competency "helder" { }
node "vraag" {
  text = function(s) if s.visits.vraag > 1 then return "U vraagt het weer?" end return "Wat bedoelt u?" end,
  choices = {
    { text = "Opnieuw uitleggen", next = "vraag" },
    { text = "Kort en helder", score = { helder = 1 }, next = "einde" } } }
ending "einde" { outcome = "good" }
plan "direct" { choices = "2", grade = "goed", overall = 1 }
plan "omweg" { choices = "1,1,1,2", grade = "goed", overall = 1 }
