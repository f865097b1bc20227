node "x"
node(5)
scenario "x"
