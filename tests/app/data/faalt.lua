-- Loads, but a text function fails when it runs: the analysis reports it,
-- and the app can still play it to show the failure where it happens.
scenario { id = "faalt", title = "Faalt halverwege", start = "begin", tags = { "testthema" } }
character "moeder" { name = "Ans Jansen", portrait = { skin = 2, hair = "lang", hair_color = "#8a5a2b" } }
node "begin" {
  speaker = "moeder", text = "Hallo.",
  choices = {
    { text = "Hallo! Hoe gaat het?", next = "fout" },
    { text = "Dag.", next = "eind" },
  },
}
node "fout" {
  speaker = "moeder",
  text = function(s) error("deze tekst kan niet gemaakt worden") end,
  next = "eind",
}
ending "eind" { title = "Einde", outcome = "good" }
