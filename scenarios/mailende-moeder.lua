-- De mailende moeder
-- Verwachtingsmanagement: een moeder mailt elke avond en verwacht dezelfde dag antwoord.
-- Oefent: verwachtingen expliciet maken, vriendelijk grenzen stellen (ik-boodschap),
-- concrete afspraken over hoe en wanneer er contact is.

scenario {
  id = "mailende-moeder",
  version = 1,
  title = "De mailende moeder",
  language = "nl",
  tags = { "verwachtingsmanagement", "communicatie", "grenzen", "groep 5" },
  level = 2,
  minutes = 15,
  summary = "Esra Demir mailt bijna elke avond en voelt zich niet gehoord als er niet dezelfde dag antwoord komt. Jij maakt samen met haar afspraken die werken.",
  briefing = [[Je bent leerkracht van groep 5 van basisschool De Linde. Het is half oktober.

Esra Demir is de moeder van Elif (8). Elif is een rustig, leergierig meisje; ze doet goed mee en haar resultaten zijn in orde. In de afgelopen drie weken stuurde Esra je elf mails, de meeste tussen negen en elf uur 's avonds: over spellingwoorden, een vergeten gymtas, en vorige week dinsdag over een ruzie op het plein. Die ruzie heb jij woensdagochtend met de kinderen uitgepraat; je antwoordde Esra op donderdag.

Vrijdag stuurde Esra een mail aan de directeur: "De juf reageert nergens op." De directeur vroeg jou een gesprek te plannen. Dat is nu, na schooltijd.

Afspraak op school: leerkrachten reageren binnen twee werkdagen op berichten via de ouderapp, onder werktijd. Dringende zaken kunnen 's ochtends tussen 8.15 en 8.30 uur bij de deur of telefonisch via de school.

Wat je niet weet: waarom Esra zo vaak mailt.

Jouw doel: luister naar wat er achter de mails zit, maak de verwachtingen aan beide kanten expliciet, stel vriendelijk een grens (met een ik-boodschap) en maak concrete afspraken over hoe en wanneer jullie contact hebben.]],
  goals = {
    "Je luistert eerst: je vat samen wat er achter de vele mails zit.",
    "Je maakt de verwachtingen van beide kanten uitgesproken.",
    "Je stelt een vriendelijke grens met een ik-boodschap, zonder je te verschuilen achter regels.",
    "Je maakt concrete afspraken: wie, wat, wanneer, en een moment om te evalueren.",
  },
  vars = { kind = "Elif", groep = 5, directeur = "meneer Van Dam" },
  start = "begin",
}

character "moeder" {
  name = "Esra Demir",
  role = "moeder van Elif",
  portrait = { skin = 3, hair = "hoofddoek", hair_color = "#5b6e8c", glasses = true, age = "middel", shirt = "#2e2e3a" },
}

meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 6, visible = true }

-- max = de score van het modelpad (plan "beste_pad"). Zonder max telt de analyse ook
-- omwegen mee (een fout en daarna een knap herstel), en dan haalt het modelpad geen 100%.
competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 9 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken en grenzen stellen", weight = 2, max = 9 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 2, max = 8 }
competency "aansluiten" { label = "Aansluiten bij de ouder", weight = 1 }

---------------------------------------------------------------------------
-- Opening
---------------------------------------------------------------------------

node "begin" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Fijn dat we eindelijk even kunnen praten. Ik heb vorige week drie mails gestuurd en pas na twee dagen antwoord gekregen. Dat vind ik eerlijk gezegd niet normaal.",
  choices = {
    {
      text = "Dat spijt me. Ik zal voortaan dezelfde dag antwoorden.",
      tags = { "belofte", "meegaan" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { verwachtingen = -2 },
      feedback = "Je wilt de spanning snel weg hebben en belooft iets wat je niet kunt volhouden: dertig kinderen, lessen voorbereiden, en ook nog een eigen leven. Een belofte uit schuldgevoel is de snelste weg naar een volgend conflict.",
      next = "belofte",
    },
    {
      text = "Ik heb dertig kinderen in de klas. Ik kan niet elke avond mijn mail bijhouden.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -2, aansluiten = -1 },
      feedback = "Inhoudelijk begrijpelijk, maar je begint met je eigen kant terwijl de moeder net haar frustratie uitspreekt. Op de Roos van Leary is dit 'tegen': zij gaat zich nu op haar beurt verdedigen.",
      next = "verdedig",
    },
    {
      text = "U heeft op antwoord zitten wachten, en dat zat u niet lekker. Wat speelde er?",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je vat haar ergernis samen zonder je te verdedigen, en je vraagt open door. Zo hoor je eerst wat er achter de mails zit voordat je over oplossingen praat.",
      next = "zorg",
    },
    {
      text = "Goed dat u er bent. Ik wil het vandaag hebben over hoe wij contact houden, zodat het voor ons allebei werkt. Mag ik eerst horen hoe u het nu ervaart?",
      tags = { "structureren", "lsd" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 1, lsd = 1 },
      feedback = "Sterke opening: je noemt het doel van het gesprek ('voor ons allebei') en geeft haar daarna eerst het woord. Iets minder direct op haar ergernis dan een samenvatting, maar helder en uitnodigend.",
      next = "zorg",
    },
  },
}

node "verdedig" {
  speaker = "moeder",
  mood = "boos",
  text = "Dus het ligt aan mij? Ik werk ook fulltime. 's Avonds is de enige tijd dat ik kan mailen.",
  choices = {
    {
      text = "In de schoolgids staat dat we binnen twee werkdagen reageren.",
      tags = { "defensief", "regels" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1, aansluiten = -1 },
      feedback = "Je verschuilt je achter de schoolgids. Regels noemen is niet verkeerd, maar nu klinkt het als 'boven-tegen': de moeder voelt zich terechtgewezen in plaats van gehoord.",
      next = "schoolgids",
    },
    {
      text = "Zo bedoelde ik het niet. U mailt 's avonds omdat dat uw moment is. Ik lees 's avonds niet, en dat botst. Laten we kijken hoe we dat samen oplossen.",
      tags = { "lsd", "ik-boodschap" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = "Goed herstel. Je erkent haar situatie, benoemt het verschil zonder schuld ('dat botst') en nodigt uit om samen te zoeken. Van 'tegen' naar 'samen'.",
      next = "zorg",
    },
  },
}

node "schoolgids" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "De schoolgids. Daar heb ik niks aan als mijn dochter huilend thuiskomt.",
  choices = {
    {
      text = "Dan had u kunnen bellen.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Ze noemt iets heel belangrijks (haar kind huilde) en jij reageert met wat zíj anders had moeten doen. Zo wordt het gesprek een welles-nietes.",
      next = "botsing",
    },
    {
      text = "Huilend?",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Eén woord, precies het goede: je echoot het sleutelwoord en laat ruimte. De moeder voelt dat je het belangrijkste hebt gehoord.",
      next = "zorg",
    },
  },
}

---------------------------------------------------------------------------
-- Wat zit er achter de mails?
---------------------------------------------------------------------------

node "zorg" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 6 then return "gespannen" end
    return "verdrietig"
  end,
  text = "Vorige week dinsdag kwam {kind} huilend thuis. Ze mocht niet meedoen met tikkertje. Ik heb u 's avonds gemaild en hoorde pas donderdag iets. En vorig jaar... toen hoorden we pas bij het rapport dat ze achterliep met lezen. Niemand had iets gezegd.",
  choices = {
    {
      text = "Maar {kind} doet het dit jaar prima, hoor. U hoeft zich echt geen zorgen te maken.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Geruststellen is goedbedoeld, maar het is een mening (de M van OMA) die haar zorg wegwuift. Ze heeft net verteld waarom ze niet zomaar gerustgesteld kan worden.",
      next = "geruststellen",
    },
    {
      text = "Wat is er dinsdag precies gebeurd op het plein?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Doorvragen is goed, maar je kiest het incident en laat het grotere verhaal liggen: vorig jaar hoorde ze te laat iets. Daar zit de sleutel van al die mails.",
      next = "plein",
    },
    {
      text = "Dus vorig jaar hoorde u pas bij het rapport dat het niet goed ging, en nu wilt u niet opnieuw iets missen. Daarom mailt u meteen als er iets is.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 2 },
      set = { kern_benoemd = true },
      score = { lsd = 3, aansluiten = 1 },
      feedback = "Uitstekend samengevat: je verbindt het verleden met haar gedrag nu. Je keurt de mails niet goed of af, maar laat zien dat je de reden begrijpt. Dat is de basis om straks een grens te kunnen stellen.",
      next = "kern",
    },
  },
}

node "plein" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Ze werd buitengesloten. Ik wilde dat u dat wist vóór de volgende ochtend, zodat u erop kon letten.",
  choices = {
    {
      text = "Dat heb ik woensdagochtend met de kinderen uitgepraat, en het gaat sindsdien goed. Ik merk wel dat u het graag meteen had willen horen. Gaat het daar eigenlijk om?",
      tags = { "lsd", "informeren" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { kern_benoemd = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je geeft eerst de informatie die ze miste (het is opgepakt) en gaat dan na wat ze eigenlijk nodig had. Zo kom je alsnog bij de kern.",
      next = "kern",
    },
    {
      text = "Dat is allemaal al opgelost, hoor.",
      tags = { "afsluiten" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Fijn dat het is opgelost, maar zo sluit je het onderwerp af. Juist dat zij het niet wist, is haar punt. Vertel wat je deed en vraag wat ze nodig had.",
      next = "geruststellen",
    },
  },
}

node "geruststellen" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Dat zei de juf vorig jaar ook.",
  choices = {
    {
      text = "Ik ben niet de juf van vorig jaar.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Begrijpelijk dat je dat wilt zeggen, maar het klinkt als een verwijt. Voor de moeder is het nu jouw beurt om vertrouwen te verdienen, niet om het te eisen.",
      next = "botsing",
    },
    {
      text = "En toen klopte het niet. Dan snap ik dat u dat nu niet zomaar van mij aanneemt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 2 },
      set = { kern_benoemd = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Mooi hersteld: je maakt haar wantrouwen begrijpelijk in plaats van het te bestrijden. Daarmee kom je naast haar te staan.",
      next = "kern",
    },
  },
}

node "kern" {
  speaker = "moeder",
  mood = "neutraal",
  text = function(s)
    if s.vertrouwen >= 6 then
      return "Ja. Precies dat. Ik wil gewoon weten wat er speelt. Is dat te veel gevraagd?"
    end
    return "Ik wil gewoon weten wat er speelt. Is dat nou te veel gevraagd?"
  end,
  choices = {
    {
      text = "Eerlijk gezegd wel een beetje. Ik krijg ook mails van andere ouders.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1, aansluiten = -1, lsd = -1 },
      feedback = "Je vergelijkt haar met andere ouders. Dat voelt als 'u bent lastig', en het zegt niets over wat jij wél kunt bieden. Maak je grens persoonlijk (ik-boodschap) in plaats van vergelijkend.",
      next = "vergelijk",
    },
    {
      text = "Ik ga u voortaan elke dag even laten weten hoe het met {kind} ging.",
      tags = { "belofte", "meegaan" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { verwachtingen = -2 },
      feedback = "Warm bedoeld, maar een dagelijks bericht over één kind kun je niet volhouden, en het is niet eerlijk tegenover andere ouders. Je gaat mee in de vraag in plaats van verwachtingen te verhelderen.",
      next = "belofte",
    },
    {
      text = "Nee, dat is niet te veel gevraagd. Wat verwacht u precies van mij? Wanneer en hoe wilt u iets horen?",
      tags = { "verwachtingen" },
      score = { verwachtingen = 2, lsd = 1 },
      feedback = "Precies: je maakt haar verwachting expliciet voordat je de jouwe noemt. Pas als beide verwachtingen op tafel liggen, kun je ze op elkaar afstemmen.",
      next = "verwachting_moeder",
    },
  },
}

node "vergelijk" {
  speaker = "moeder",
  mood = "boos",
  text = "Dus ik ben lastig.",
  timeout = {
    seconds = 15,
    next = "stilte",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = "Goed herstel, zonder woorden. Na je vergelijking met andere ouders voelde ze zich aangevallen. Een snel 'Dat zei ik niet' had het gesprek over jouw woorden laten gaan; door niets te zeggen verdedigde je je niet en gaf je haar de ruimte. Stilte laten vallen haalt de vaart uit een botsing: de boosheid kan zakken, en vaak komt dan de zorg eronder boven. Let op wat ze nu zegt, en vat het samen.",
  },
  choices = {
    {
      text = "Dat zei ik niet.",
      tags = { "defensief" },
      effects = { spanning = 2 },
      score = { lsd = -1 },
      feedback = "Je verdedigt wat je bedoelde in plaats van te erkennen hoe het overkwam. Het gesprek draait nu om jouw woorden, niet om {kind}.",
      next = "botsing",
    },
    {
      text = "Nee. U bent betrokken, en dat waardeer ik. Wat ik lastig vind, is het aantal mails 's avonds: daar kan ik niet goed op reageren. Daar wil ik samen een oplossing voor.",
      tags = { "ik-boodschap", "verwachtingen" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { verwachtingen = 2, lsd = 1 },
      feedback = "Sterk herstel met een ik-boodschap: je scheidt de persoon (betrokken) van het gedrag (veel avondmails) en het effect op jou. Zo kan ze het horen zonder zich aangevallen te voelen.",
      next = "verwachting_moeder",
    },
  },
}

node "stilte" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "(Je zegt even niets. Esra kijkt naar haar handen.) ...Sorry. Ik ben gewoon bang dat ik weer iets mis. Net als vorig jaar.",
  effects = { spanning = -2 },
  choices = {
    {
      text = "U bent bang dat het weer gebeurt, dat u te laat hoort dat het niet goed gaat met {kind}.",
      tags = { "lsd" },
      effects = { vertrouwen = 2 },
      set = { kern_benoemd = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Je stilte gaf haar de ruimte om van boosheid naar de angst eronder te gaan. Jouw samenvatting maakt die angst bespreekbaar. Stilte is een krachtige gespreksmove.",
      next = "verwachting_moeder",
    },
    {
      text = "Dat is nergens voor nodig, hoor.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Ze laat net haar kwetsbare kant zien, en jij wuift het weg. Erken eerst de angst; geruststelling werkt pas als iemand zich begrepen voelt.",
      next = "verwachting_moeder",
    },
  },
}

---------------------------------------------------------------------------
-- Verwachtingen uitspreken en een grens stellen
---------------------------------------------------------------------------

node "verwachting_moeder" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Eigenlijk... dat u dezelfde dag reageert. En dat ik hoor hoe haar dag was.",
  choices = {
    {
      text = "Dat moet lukken.",
      tags = { "belofte", "meegaan" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { verwachtingen = -2 },
      feedback = "Te snel ja gezegd. Zo blijft haar verwachting onuitgesproken groot, en over drie weken zit jij om elf uur 's avonds te mailen. Verwachtingen managen begint met eerlijk zijn over wat je kunt.",
      next = "belofte",
    },
    {
      text = "Wat zou er voor u veranderen als u dezelfde dag antwoord krijgt?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Een goede doorvraag naar de behoefte achter de wens. 'Dezelfde dag' is haar oplossing; jij zoekt het probleem dat ze ermee wil oplossen.",
      next = "diepere_zorg",
    },
    {
      text = "Ik snap dat. Tegelijk wil ik eerlijk zijn over wat ik kan waarmaken. Overdag ben ik bij de kinderen, en 's avonds lees ik mijn mail niet, omdat ik dan voorbereid en ook rust nodig heb. Ik beloof u liever iets wat ik echt kan doen.",
      tags = { "ik-boodschap", "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { grens = true },
      score = { verwachtingen = 3 },
      feedback = "Een heldere ik-boodschap: je noemt wat je wel en niet kunt, en waarom, zonder te verwijzen naar regels of andere ouders. 'Liever iets wat ik echt kan doen' maakt van de grens een belofte van betrouwbaarheid.",
      next = "grens_gesteld",
    },
    {
      text = "Dat gaat niet. Zo werkt het niet op school.",
      tags = { "defensief", "regels" },
      effects = { spanning = 2, vertrouwen = -2 },
      score = { verwachtingen = -1, aansluiten = -1 },
      feedback = "Een grens zonder uitleg en zonder alternatief is een muur. De moeder hoort alleen 'nee' en niet wat ze wél kan verwachten.",
      next = "botsing",
    },
  },
}

node "diepere_zorg" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "Dan kan ik 's avonds met {kind} praten voordat ze de volgende dag weer naar school gaat. Ze vertelt zelf zo weinig. Ik voel me machteloos als ik niks weet.",
  effects = { spanning = -1, vertrouwen = 1 },
  choices = {
    {
      text = "U wilt haar kunnen steunen, en daarvoor moet u weten wat er speelt. Dat snap ik goed. Ik wil ook eerlijk zijn: 's avonds lees ik mijn mail niet, dan bereid ik voor en heb ik rust nodig. Laten we een manier zoeken waarop u toch op tijd weet wat belangrijk is.",
      tags = { "lsd", "ik-boodschap", "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { grens = true },
      score = { verwachtingen = 3, lsd = 1 },
      feedback = "Uitstekend: je vat de behoefte samen (kunnen steunen), stelt je grens als ik-boodschap en verbindt die meteen aan haar behoefte ('toch op tijd weten'). Zo worden grens en zorg één gezamenlijk probleem.",
      next = "grens_gesteld",
    },
    {
      text = "Dan stuur ik u voortaan elke dag een berichtje.",
      tags = { "belofte", "meegaan" },
      effects = { spanning = -1 },
      score = { verwachtingen = -2 },
      feedback = "Je hebt haar behoefte goed gehoord, maar springt naar een oplossing die je niet kunt volhouden. Eerst je eigen grens benoemen, dan samen zoeken.",
      next = "belofte",
    },
  },
}

node "grens_gesteld" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "afwijzend"
  end,
  text = function(s)
    if s.vertrouwen >= 6 then
      return "Oké. Dat is eerlijk. Wat kúnt u dan wel?"
    end
    return "Dus ik moet het maar gewoon afwachten?"
  end,
  choices = {
    {
      text = "Ik probeer zo snel mogelijk te reageren.",
      tags = { "vaag" },
      effects = { spanning = 1 },
      score = { afspraken = -1 },
      feedback = "'Zo snel mogelijk' is geen afspraak: zij verstaat er 'vanavond' onder, jij 'deze week'. Zo blijft de teleurstelling ingebouwd.",
      next = "vaag",
    },
    {
      text = "Wat zou u zelf een goede afspraak vinden?",
      tags = { "aansluiten", "afspraken" },
      effects = { vertrouwen = 1 },
      score = { aansluiten = 2, afspraken = 1 },
      feedback = "Mooi: je laat de moeder meedenken. Een afspraak die deels van haar komt, houdt ze beter vol.",
      next = "haar_voorstel",
    },
    {
      text = "Mijn voorstel: op berichten reageer ik binnen twee werkdagen, onder schooltijd. Is er iets wat niet kan wachten, dan spreekt u mij 's ochtends tussen kwart over acht en half negen aan, of u belt de school. En als ík me zorgen maak over {kind}, bel ik u dezelfde dag.",
      tags = { "afspraken" },
      effects = { spanning = -1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = "Concreet: wat, hoe, wanneer. En de laatste zin is sterk: je draait haar grootste angst om ('te laat horen') naar een belofte die je wél kunt waarmaken.",
      next = "voorstel",
    },
  },
}

node "haar_voorstel" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Misschien... dat ik niet meer elke avond mail, maar alles één keer per week op een rij zet? En dat u belt als er echt iets is met {kind}?",
  choices = {
    {
      text = "Dat vind ik een heel goed idee. Zullen we het zo maken: u stuurt op zondag één bericht, en ik antwoord uiterlijk dinsdag. Is er iets wat niet kan wachten, dan spreekt u mij 's ochtends tussen kwart over acht en half negen aan. En maak ik me zorgen over {kind}, dan bel ik u dezelfde dag.",
      tags = { "afspraken", "aansluiten" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { afspraken_concreet = true, afspraak_samen = true },
      score = { afspraken = 3, aansluiten = 1 },
      feedback = "Je bouwt voort op haar idee en maakt het concreet: een vaste dag, een vaste antwoordtermijn, een route voor dringende zaken en jouw eigen toezegging. Zo wordt het een gezamenlijke afspraak.",
      next = "voorstel",
    },
    {
      text = "Goed, dan doen we dat.",
      tags = { "vaag" },
      score = { afspraken = 0 },
      feedback = "Je accepteert haar idee, maar vult jouw kant niet in: wanneer antwoord jij, wat is 'echt iets'? Zonder die details ontstaat straks hetzelfde misverstand.",
      next = "voorstel_dun",
    },
  },
}

node "voorstel_dun" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Prima. Dan zien we wel hoe het gaat.",
  next = "app_vraag",
}

node "vaag" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "'Zo snel mogelijk.' Dat hoorde ik vorig jaar ook.",
  choices = {
    {
      text = "Meer kan ik niet beloven.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Je sluit af zonder alternatief. De moeder gaat naar huis zonder te weten waar ze aan toe is, en dus blijft ze mailen.",
      next = "app_vraag",
    },
    {
      text = "U heeft gelijk, dat is te vaag. Concreet: ik reageer binnen twee werkdagen, onder schooltijd. Dringende zaken: 's ochtends tussen kwart over acht en half negen bij de deur, of via de telefoon van school. En maak ik me zorgen over {kind}, dan bel ik u dezelfde dag.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 2 },
      feedback = "Goed dat je haar kritiek serieus neemt en het alsnog concreet maakt. Vaagheid herkennen en herstellen is precies wat verwachtingsmanagement vraagt.",
      next = "voorstel",
    },
  },
}

node "voorstel" {
  speaker = "moeder",
  mood = function(s)
    if s.flags.afspraak_samen then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.afspraak_samen then
      return "Dinsdag. Dat is best lang, als er iets met haar is. Maar goed, dan kan ik dus 's ochtends bij u terecht."
    end
    return "Twee werkdagen. Dat vind ik lang, als er iets met haar is."
  end,
  choices = {
    {
      text = "Zo is het beleid.",
      tags = { "regels", "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1, aansluiten = -1, lsd = -2 },
      feedback = "Na een goed voorstel val je terug op 'beleid'. Je grens stond al; nu maak je er een muur van. Herhaal liever waarom de afspraak ook haar zorg dekt.",
      next = "botsing",
    },
    {
      text = "Nou, dan probeer ik het binnen een dag.",
      tags = { "meegaan" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { toegegeven = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft bij het eerste tegenwicht je grens op. Dat voelt even prettig, maar je leert haar vooral dat aandringen werkt. Een grens is pas een grens als je hem vriendelijk vasthoudt.",
      next = "app_vraag",
    },
    {
      text = "Dat snap ik. Daarom is er het ochtendmoment voor dingen die niet kunnen wachten. En maak ik me zelf zorgen, dan hoort u het dezelfde dag van mij. Zo mist u niets belangrijks.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { verwachtingen = 2, aansluiten = 1 },
      feedback = "Je houdt de grens vast en laat zien hoe de afspraak haar angst ('iets missen') wel degelijk afdekt. Vriendelijk en stevig tegelijk: 'boven-samen' op de Roos van Leary.",
      next = "app_vraag",
    },
  },
}

node "app_vraag" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Mag ik u dan in noodgevallen misschien gewoon appen? Op uw eigen nummer?",
  choices = {
    {
      text = "Dat mag niet van de directeur.",
      tags = { "regels" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = 0, aansluiten = -1 },
      feedback = "Je verschuilt je achter de directeur. De grens zelf is terecht, maar zeg hem als jouw keuze (ik-boodschap) en noem het alternatief.",
      next = "check_begrip",
    },
    {
      text = "Liever niet. Mijn eigen nummer houd ik voor thuis. In een noodgeval belt u de school; dan word ik direct gehaald.",
      tags = { "ik-boodschap", "verwachtingen" },
      score = { verwachtingen = 2 },
      feedback = "Kort, vriendelijk en helder: je grens als eigen keuze, met een alternatief dat in een echt noodgeval sneller werkt dan een appje.",
      next = "check_begrip",
    },
    {
      text = "Vooruit. Hier is mijn nummer, maar echt alleen voor noodgevallen.",
      tags = { "meegaan" },
      effects = { vertrouwen = 1 },
      set = { prive_nummer = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft je privénummer om de goede sfeer te bewaren. Wat een 'noodgeval' is, bepaalt vanaf nu de moeder, op elk uur van de dag. Professionele afstand beschermt jou én de relatie.",
      next = "check_begrip",
    },
  },
}

node "check_begrip" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "blij" end
    if s.spanning >= 7 then return "afwijzend" end
    return "neutraal"
  end,
  text = function(s)
    if s.vertrouwen >= 6 then return "Oké. Dit voelt eigenlijk wel goed." end
    return "Goed. We zullen zien."
  end,
  choices = {
    {
      text = "Zullen we de afspraken even samen op een rij zetten? Wat neemt u mee?",
      tags = { "afspraken", "check" },
      score = { afspraken = 2 },
      feedback = "Heel goed: je laat de moeder de afspraken zelf samenvatten. Dan weet je zeker dat jullie hetzelfde hebben verstaan.",
      next = "samenvatting_moeder",
    },
    {
      text = "Mooi, dan zijn we eruit.",
      tags = { "afsluiten" },
      score = { afspraken = 0 },
      feedback = "Een vlot einde, maar je controleert niet of jullie hetzelfde hebben verstaan, en je plant geen moment om terug te kijken.",
      next = "afsluiting",
    },
  },
}

node "samenvatting_moeder" {
  speaker = "moeder",
  mood = "neutraal",
  text = function(s)
    if s.flags.afspraken_concreet then
      return "Ik stuur niet meer elke avond losse mails. Dringend: 's ochtends bij de deur of de school bellen. U reageert binnen de afgesproken tijd. En als er iets met {kind} is, belt u mij."
    end
    return "Eh... ik mail wat minder, en u reageert zo snel als het kan? Zoiets?"
  end,
  next = "afsluiting",
  choices = {
    {
      text = "Precies. Ik zet het morgen onder schooltijd in een bericht, en over zes weken kijken we samen kort hoe het bevalt.",
      when = function(s) return s.flags.afspraken_concreet == true end,
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Sterk afgesloten: afspraken op papier, een evaluatiemoment, en je geeft meteen zelf het goede voorbeeld door het onder schooltijd te versturen.",
      next = "afsluiting",
    },
    {
      text = "Zoiets, ja. Laten we het zo proberen.",
      when = function(s) return not s.flags.afspraken_concreet end,
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Haar samenvatting laat zien dat de afspraak nog vaag is. Dat was je kans om hem concreet te maken: wie, wat, wanneer.",
      next = "afsluiting",
    },
    {
      text = "Nee, zo bedoel ik het niet. Concreet: ik reageer binnen twee werkdagen. Dringend: 's ochtends bij de deur of de school bellen. Maak ik me zorgen, dan bel ik u. En over zes weken kijken we samen hoe het gaat.",
      when = function(s) return not s.flags.afspraken_concreet end,
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { afspraken_concreet = true, evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Goed dat je de samenvatting gebruikt om na te gaan of jullie hetzelfde verstaan, en dat je het vage alsnog concreet maakt. Zo werkt een terugvraag.",
      next = "afsluiting",
    },
  },
}

---------------------------------------------------------------------------
-- Beloftes, botsingen en herstel
---------------------------------------------------------------------------

node "belofte" {
  speaker = "moeder",
  mood = "blij",
  text = "O, fijn! Dus ik kan voortaan gewoon rekenen op een antwoord dezelfde dag?",
  choices = {
    {
      text = "Wacht, dat zeg ik te snel. Ik wil u niets beloven wat ik niet kan waarmaken. 's Avonds lees ik mijn mail niet, en overdag sta ik voor de klas.",
      tags = { "ik-boodschap", "verwachtingen" },
      effects = { vertrouwen = -1, spanning = 1 },
      score = { verwachtingen = 2 },
      feedback = "Moedig: je neemt je belofte terug, ook al kost het even sfeer. Een eerlijke grens nu is beter dan een gebroken belofte over twee weken.",
      next = "terugnemen",
    },
    {
      text = "Ja, dat kunt u.",
      tags = { "belofte" },
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = "Je bevestigt een belofte die je niet kunt houden. De eerste keer dat het niet lukt, is het vertrouwen weg, en dan sterker dan vandaag.",
      next = "belofte_bevestigd",
    },
  },
}

node "terugnemen" {
  speaker = "moeder",
  mood = "verward",
  text = "Nu zegt u weer iets anders. Wat kan ik dan wel verwachten?",
  next = "grens_gesteld",
}

node "belofte_bevestigd" {
  speaker = "moeder",
  mood = "blij",
  text = "Dan is het opgelost. Ik zal de directeur laten weten dat het goed gesprek was.",
  next = "afsluiting",
}

node "botsing" {
  speaker = "moeder",
  mood = "boos",
  text = "Ik merk dat u vooral uzelf aan het verdedigen bent. Zo komen we nergens. Misschien moet ik het toch weer bij {directeur} neerleggen.",
  effects = { spanning = 1 },
  choices = {
    {
      text = "Dat is uw goed recht.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -2 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Je laat haar gaan zonder iets te proberen. Formeel juist, maar je geeft de regie over de relatie uit handen.",
      next = "naar_directeur",
    },
    {
      text = "Ik merk dat we allebei geïrriteerd raken. Zullen we even pauzeren en morgen verder praten?",
      tags = { "metacommunicatie" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Een pauze voorstellen is beter dan doorvechten, en je benoemt wat er gebeurt. Maar je schuift het probleem een dag op, en de moeder gaat zonder afspraak naar huis. Met één eerlijke zin over je eigen aandeel was het gesprek nu nog te redden geweest.",
      next = "afkoelen",
    },
    {
      text = "Wacht. U heeft gelijk: ik schiet in de verdediging, en dat helpt ons niet. U wilt weten hoe het met {kind} gaat, en dat wil ik ook. Mag ik opnieuw beginnen?",
      tags = { "lsd", "ik-boodschap", "metacommunicatie" },
      effects = { spanning = -3, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Knap: je benoemt je eigen gedrag (metacommunicatie) en het gezamenlijke doel. Zo doorbreek je de tegen-tegen-spiraal van de Roos van Leary.",
      next = "herstart",
    },
  },
}

node "herstart" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Goed. Eén kans. Ik wil gewoon niet weer iets missen, zoals vorig jaar met het lezen.",
  choices = {
    {
      text = "Dat gaat dit jaar niet gebeuren, beloofd.",
      tags = { "belofte", "oma" },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Een belofte over de toekomst, terwijl ze net een kans gaf om haar te begrijpen. Vat eerst samen; beloven kan later, en dan concreet.",
      next = "herstel_voorstel",
    },
    {
      text = "U wilt niet opnieuw te laat horen dat het niet goed gaat met {kind}. Daarom mailt u zo vaak.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      set = { kern_benoemd = true },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed: na het herstel vat je meteen haar kernzorg samen. Nu kan ze luisteren naar wat jij voorstelt.",
      next = "herstel_voorstel",
    },
  },
}

node "herstel_voorstel" {
  speaker = "moeder",
  mood = "gespannen",
  text = "En wat stelt u dan voor?",
  choices = {
    {
      text = "Ik wil eerlijk zijn over wat ik kan: 's avonds lees ik geen mail. Wel reageer ik binnen twee werkdagen, onder schooltijd. Is er iets wat niet kan wachten, dan spreekt u mij 's ochtends tussen kwart over acht en half negen aan. En maak ik me zorgen over {kind}, dan bel ik u dezelfde dag.",
      tags = { "ik-boodschap", "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { afspraken_concreet = true },
      score = { verwachtingen = 1, afspraken = 2 },
      feedback = "Na het herstel ben je helder: je grens als ik-boodschap en een concreet alternatief, met een toezegging die haar angst raakt. Dat je eerst vastliep, maakt deze helderheid extra waardevol.",
      next = "app_vraag",
    },
    {
      text = "Laten we het gewoon een tijdje aankijken.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Na een moeizaam gesprek is 'aankijken' verleidelijk, maar zonder afspraak weet niemand wat er verandert. Juist nu heeft de moeder houvast nodig.",
      next = "app_vraag",
    },
  },
}

node "afkoelen" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Goed. Morgen dan. Maar ik wil wel dat er dan iets verandert.",
  next = "zonder_afspraak",
}

node "afsluiting" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    if s.vertrouwen >= 7 then return "blij" end
    return "neutraal"
  end,
  text = function(s)
    if s.vertrouwen >= 7 then return "Dank u. Ik ga met een beter gevoel naar huis dan ik kwam." end
    if s.spanning >= 7 then return "Nou. We zien wel." end
    return "Goed. Dan weten we ongeveer waar we staan."
  end,
  next = function(s)
    if s.flags.belofte then return "overbelast" end
    if s.spanning >= 8 then return "naar_directeur" end
    if s.flags.toegegeven or s.flags.prive_nummer then return "onhoudbaar" end
    if s.flags.afspraken_concreet and s.vertrouwen >= 6 then return "heldere_afspraken" end
    return "zonder_afspraak"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "heldere_afspraken" {
  title = "Heldere afspraken",
  outcome = "good",
  text = function(s)
    if s.flags.evaluatie then
      return "Esra stuurt voortaan één bericht per week. Twee keer spreekt ze je 's ochtends bij de deur aan, en één keer bel jij haar over een rotmiddag van {kind}. Bij de evaluatie na zes weken zegt ze: 'Ik slaap er rustiger van.'"
    end
    return "Esra houdt zich aan de afspraken, en jij ook. Haar mails worden minder en korter. Jammer dat jullie geen moment hebben gepland om terug te kijken: als het weer schuurt, moet een van jullie het initiatief nemen."
  end,
}

ending "onhoudbaar" {
  title = "Goede sfeer, onhoudbare afspraak",
  outcome = "mixed",
  text = "Esra gaat tevreden naar huis. Maar jij hebt meer toegezegd dan je kunt volhouden. Na drie weken zit je op zondagavond appjes te beantwoorden, en je merkt dat je tegen elk bericht opziet.",
}

ending "zonder_afspraak" {
  title = "Geen echte afspraak",
  outcome = "mixed",
  text = "Het gesprek was niet vijandig, maar er is niets concreets afgesproken. Esra weet nog steeds niet wat ze kan verwachten, en een week later ontvang je weer drie mails op een avond.",
}

ending "overbelast" {
  title = "Een belofte die je niet volhoudt",
  outcome = "bad",
  text = "Je hebt beloofd dezelfde dag te antwoorden. Twee weken lang lukt dat, tot diep in de avond. Dan is er een studiedag en antwoord je een dag later. Esra mailt de directeur: 'De juf houdt zich niet eens aan haar eigen afspraken.'",
}

ending "naar_directeur" {
  title = "Opnieuw bij de directeur",
  outcome = "bad",
  text = "Esra vertrekt boos. De volgende ochtend ligt er een mail bij {directeur}, met een kopie aan jou. Het vertrouwen is verder weg dan vóór het gesprek.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  choices = "3,3,3,2,1,2,1,3,2,1,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "2,1,1,1",
  ending = "naar_directeur",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "3,3,3,3,3,2,2,1,1",
  ending = "onhoudbaar",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.64,
}

plan "vaag_pad" {
  choices = "3,3,3,2,1,1,1,2,2",
  ending = "zonder_afspraak",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.569,
}

plan "stilte_pad" {
  choices = "4,3,1,t,1,3,3,3,2,1,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "voldoende",
  overall = 0.704,
}

plan "belofte_pad" {
  choices = "1,2",
  ending = "overbelast",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
