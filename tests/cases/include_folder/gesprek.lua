node "begin" { speaker = "moeder", text = "Hoe gaat het met {kind}?", choices = { { text = "Goed!", next = "einde" } } }
ending "einde" { title = "Klaar", outcome = "good" }
