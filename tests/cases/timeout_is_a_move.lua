-- Silence as a move: letting the timeout fire (t) is a turn of its own.
scenario { id = "timeout-is-a-move", start = "vraag" }
competency "luisteren" { }
node "vraag" {
  text = "Ik weet niet goed hoe ik dit moet zeggen...",
  timeout = { seconds = 8, next = "vertelt" },
  choices = {
    { text = "Zeg het maar gewoon.", score = { luisteren = -1 }, next = "dicht" },
  },
}
node "vertelt" { text = "Hij wordt thuis gepest, via de app.", choices = { { text = "Dank u dat u het vertelt.", score = { luisteren = 2 }, next = "goed" } } }
ending "goed" { title = "Open", outcome = "good" }
ending "dicht" { title = "Dicht", outcome = "bad" }
-- luisteren max = 2 (t, then 1); the rushed answer scores -1 -> 0 %.
plan "stilte" { choices = "t,1", ending = "goed", outcome = "good", grade = "goed", overall = 1, scores = { luisteren = 2 } }
plan "haast" { choices = "1", ending = "dicht", outcome = "bad", grade = "onvoldoende", overall = 0 }
