scenario { id = "t", start = "e" }
scenario { id = "u" }
meter "flags" { min = 5, max = 1 }
meter "m" { min = 0, max = 5, start = 9 }
ending "e" { grade_cap = "goed", outcome = "mixed", title = { nl = "x", xx1 = "y" } }
plan "p" { grade = "top", choices = 5 }
character "c" { portrait = "nope.png" }
character "d" { portrait = { hair_color = "red", age = "oud2" } }
node "n" { text = "a", timeout = { seconds = 0 } , choices = {} }
node "o" { text = "a", choices = { 5, { text = "x", id = "A" }, { text = "y", id = "A" } } }
node "start" { }
node "e" { next = "e" }
meter "m" { }
competency "k" { weight = 0, max = -1, lable = "x" }
node "p" { 5, mood = 5, speaker = "zz", set = 5, effect = 5, tags = { 5 }, next = "e", choices = { { text = "a" , set = { [1] = 2, x = {} } } } }
