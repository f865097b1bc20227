-- Does not load: a choice goes to a node that does not exist.
scenario { id = "kapot", title = "Kapot scenario", start = "begin" }
node "begin" { text = "Hallo", choices = { { text = "Verder", next = "nergens" } } }
