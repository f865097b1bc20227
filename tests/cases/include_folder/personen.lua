character "moeder" { name = "Fatima", role = "moeder van {kind}", portrait = { skin = 4, hair = "hoofddoek", hair_color = "#2e5e4e" } }
