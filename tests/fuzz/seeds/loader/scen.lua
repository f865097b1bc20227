scenario { id = "T!", start = "e", language = "nld", grading = { pass = 0.9, good = 0.5 }, shuffle = 1, goals = 5, vars = 5, level = 9 }
ending "e" { outcome = "good" }
