-- De mailende moeder
-- Verwachtingsmanagement: een moeder mailt elke avond en verwacht dezelfde dag antwoord.
-- Oefent: verwachtingen expliciet maken, vriendelijk grenzen stellen (ik-boodschap),
-- concrete afspraken over hoe en wanneer er contact is.

scenario {
  id = "mailende-moeder",
  version = 2,
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

-- Tempo: vertrouwen stijgt hooguit 1 per beurt. Esra voelt zich al weken
-- niet gehoord en mailde de directeur: na één goed gesprek vertrouwt ze je
-- redelijk (6 à 7), niet blind. Spanning zakt als ze zich begrepen voelt en
-- loopt op bij verdedigen en regels. Een belofte die je terugneemt, kost
-- vertrouwen; een tweede herstel na een botsing lukt niet meer.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 6, visible = true }

-- max = de score van het modelpad (plan "beste_pad"). Zonder max telt de
-- analyse ook omwegen mee (een fout en daarna een knap herstel, of een ander
-- goed antwoord dat in een andere competentie scoort), en dan haalt het
-- modelpad geen 100%.
competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 8 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken en grenzen stellen", weight = 2, max = 9 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 2, max = 8 }
competency "aansluiten" { label = "Aansluiten bij de ouder", weight = 1, max = 7 }

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
      effects = { spanning = -1 },
      score = { verwachtingen = -2 },
      feedback = "Je wilt de spanning snel weg hebben en belooft iets wat je niet kunt volhouden. Een excuus met een belofte eraan, uit schuldgevoel, is de snelste weg naar een volgend conflict.",
      next = "belofte",
    },
    {
      text = "U heeft op antwoord zitten wachten, en dat zat u niet lekker. Wat speelde er?",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je vat haar ergernis samen zonder je te verdedigen, en je vraagt open door. Zo hoor je eerst wat er achter de mails zit voordat je over oplossingen praat.",
      next = "zorg",
    },
    {
      text = "Ik heb dertig kinderen in de klas, en ik antwoord altijd binnen twee werkdagen, zoals in de schoolgids staat. Elke avond mail bijhouden lukt gewoon niet.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -2, aansluiten = -1 },
      feedback = "Inhoudelijk begrijpelijk, maar je begint met je eigen kant terwijl de moeder net haar frustratie uitspreekt. Op de Roos van Leary is dit 'tegen': zij gaat zich nu op haar beurt verdedigen.",
      next = "verdedig",
    },
    {
      text = "Goed dat u er bent. Ik wil het vandaag hebben over hoe wij contact houden. Hoe ervaart u het nu?",
      tags = { "structureren", "lsd" },
      score = { verwachtingen = 1, lsd = 1 },
      feedback = "Een heldere opening: je noemt het doel van het gesprek en geeft haar daarna het woord. Iets minder raak dan een samenvatting van haar ergernis, maar uitnodigend.",
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
      text = "Zo bedoelde ik het niet. U mailt 's avonds omdat dat uw moment is, en ik lees dan niet. Dat botst.",
      tags = { "lsd", "ik-boodschap" },
      effects = { spanning = -2 },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = "Goed herstel. Je erkent haar situatie en benoemt het verschil zonder schuld ('dat botst'). Van 'tegen' naar 'samen'.",
      next = "zorg",
    },
    {
      text = "Nee hoor, het ligt niet aan u. Het is gewoon heel druk, en ik probeer het echt zo goed mogelijk te doen voor alle ouders.",
      tags = { "vaag", "defensief" },
      score = { lsd = -1 },
      feedback = "Je sust, maar het gaat weer over jouw drukte en 'alle ouders'. Zij wil weten of je begrijpt waarom ze 's avonds mailt.",
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
      text = "Huilend?",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Eén woord, precies het goede: je echoot het sleutelwoord en laat ruimte. De moeder voelt dat je het belangrijkste hebt gehoord.",
      next = "zorg",
    },
    {
      text = "Dan had u kunnen bellen.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Ze noemt iets heel belangrijks (haar kind huilde) en jij reageert met wat zíj anders had moeten doen. Zo wordt het gesprek een welles-nietes.",
      next = "botsing",
    },
    {
      text = "Dat begrijp ik, en daarom wil ik ook dat we samen afspraken maken die wél werken, voor u en voor mij.",
      tags = { "structureren" },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "Goed bedoeld en vooruitkijkend, maar je stapt over het belangrijkste heen: haar dochter kwam huilend thuis. Eerst dát.",
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
      text = "Vorig jaar hoorde u het te laat. En nu wilt u niets meer missen.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { kern_benoemd = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Raak samengevat: je verbindt het verleden met haar gedrag nu. Je keurt de mails niet goed of af, maar laat zien dat je de reden begrijpt. Dat is de basis om straks een grens te kunnen stellen.",
      next = "kern",
    },
    {
      text = "Wat naar voor {kind}. Dat heb ik woensdagochtend met de kinderen uitgepraat, en sindsdien gaat het goed. Wat er vorig jaar gebeurde, weet ik niet; dat was bij een collega.",
      tags = { "informeren", "afstand" },
      score = { lsd = -1 },
      feedback = "De informatie over het plein is nuttig, maar 'dat was bij een collega' zet vorig jaar op afstand. Juist die ervaring verklaart haar mails.",
      next = "geruststellen",
    },
  },
}

node "plein" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Ze werd buitengesloten. Ik wilde dat u dat wist vóór de volgende ochtend, zodat u erop kon letten.",
  choices = {
    {
      text = "Dat is allemaal al opgelost, hoor.",
      tags = { "afsluiten" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Fijn dat het is opgelost, maar zo sluit je het onderwerp af. Juist dat zij het niet wist, is haar punt.",
      next = "geruststellen",
    },
    {
      text = "Dat heb ik woensdagochtend uitgepraat. Maar u had het graag meteen gehoord, hè?",
      tags = { "lsd", "informeren" },
      effects = { vertrouwen = 1 },
      set = { kern_benoemd = true },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed: je geeft eerst de informatie die ze miste (het is opgepakt) en benoemt dan wat ze eigenlijk nodig had. Zo kom je alsnog bij de kern.",
      next = "kern",
    },
    {
      text = "Dat heb ik woensdagochtend met de kinderen uitgepraat, en het gaat sindsdien goed. Ze spelen weer samen, en ik let in de pauze extra op.",
      tags = { "informeren" },
      score = { verwachtingen = 1 },
      feedback = "Helder en geruststellend, en goed dat ze dit nu hoort. Maar je mist wat ze eigenlijk vraagt: dat ze het eerder had willen weten.",
      next = "kern",
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
      text = "En toen klopte het niet. Dan snap ik dat u het nu niet zomaar aanneemt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { kern_benoemd = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Mooi hersteld: je maakt haar wantrouwen begrijpelijk in plaats van het te bestrijden. Daarmee kom je naast haar te staan.",
      next = "kern",
    },
    {
      text = "Dat begrijp ik. Maar ik kan u echt verzekeren dat ik {kind} goed in de gaten houd, en dat ik het meteen zou zien als er iets mis is.",
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Nog meer geruststelling, terwijl ze net zei dat geruststelling vorig jaar niet klopte. 'Maar' wist het begrip uit.",
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
  -- Een stilte die kost: ze stelt een rechtstreekse vraag, en vult de
  -- stilte zelf in (knoop "vergelijk").
  timeout = {
    seconds = 15,
    next = "vergelijk",
    score = { verwachtingen = -1 },
    set = { gezwegen = true },
    tags = { "stilte" },
    feedback = "Ze vroeg je rechtstreeks of het te veel gevraagd is, en je zei niets. Na zo'n vraag vult een ouder de stilte zelf in, meestal met het ergste: 'dus ik ben lastig'.",
  },
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
      effects = { spanning = -2 },
      score = { verwachtingen = -2 },
      feedback = "Warm bedoeld, maar een dagelijks bericht over één kind kun je niet volhouden, en het is niet eerlijk tegenover andere ouders. Je gaat mee in de vraag in plaats van verwachtingen te verhelderen.",
      next = "belofte",
    },
    {
      text = "Nee. Wat verwacht u precies van mij?",
      tags = { "verwachtingen" },
      score = { verwachtingen = 2, lsd = 1 },
      feedback = "Precies: je maakt haar verwachting expliciet voordat je de jouwe noemt. Pas als beide verwachtingen op tafel liggen, kun je ze op elkaar afstemmen.",
      next = "verwachting_moeder",
    },
    {
      text = "Nee, natuurlijk niet. Alle ouders willen weten hoe het met hun kind gaat, en ik vind het juist fijn dat u zo betrokken bent. Daar zijn we het helemaal over eens.",
      tags = { "aansluiten" },
      score = { aansluiten = 1 },
      feedback = "Warm, en ze hoort dat ze niet lastig is. Maar je laat de kans liggen om te vragen wat ze dan precies verwacht. Zonder dat blijven jullie langs elkaar heen praten.",
      next = "verwachting_moeder",
    },
  },
}

node "vergelijk" {
  speaker = "moeder",
  mood = "boos",
  text = function(s)
    if s.flags.gezwegen then return "(Ze wacht op een antwoord.) Dus u vindt van wel. Ik ben lastig." end
    return "Dus ik ben lastig."
  end,
  -- Hier is stilte goed: na een verwijt verdedigt wie zwijgt zich niet.
  timeout = {
    seconds = 15,
    next = "stilte",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = "Goed, zonder woorden. Een snel 'dat zei ik niet' had het gesprek over jouw woorden laten gaan; door niets te zeggen verdedigde je je niet en gaf je haar ruimte. Vaak komt dan de zorg onder de boosheid boven.",
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
      text = "Nee. U bent betrokken, en dat waardeer ik. Wat ik lastig vind, is het aantal mails 's avonds.",
      tags = { "ik-boodschap", "verwachtingen" },
      effects = { spanning = -2 },
      score = { verwachtingen = 2, lsd = 1 },
      feedback = "Sterk herstel met een ik-boodschap: je scheidt de persoon (betrokken) van het gedrag (veel avondmails) en het effect op jou. Zo kan ze het horen zonder zich aangevallen te voelen.",
      next = "verwachting_moeder",
    },
    {
      text = "Nee, helemaal niet, zo bedoelde ik het echt niet. Ik bedoelde alleen dat het soms veel is, met dertig kinderen en al die ouders.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Ontkennen en dan uitleggen: het 'alleen' maakt het niet kleiner. Ze hoort opnieuw dat ze een van de vele lastige ouders is.",
      next = "botsing",
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
      text = "Dat is nergens voor nodig, hoor.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Ze laat net haar kwetsbare kant zien, en jij wuift het weg. Erken eerst de angst; geruststelling werkt pas als iemand zich begrepen voelt.",
      next = "verwachting_moeder",
    },
    {
      text = "U bent bang dat u weer te laat hoort dat het niet goed gaat.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      set = { kern_benoemd = true },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Je stilte gaf haar de ruimte om van boosheid naar de angst eronder te gaan. Jouw samenvatting maakt die angst bespreekbaar.",
      next = "verwachting_moeder",
    },
    {
      text = "Dat begrijp ik heel goed. Wat er vorig jaar gebeurde, was ook niet goed; de school had u veel eerder moeten vertellen dat het lezen achterbleef.",
      tags = { "erkennen" },
      score = { aansluiten = 1 },
      feedback = "Eerlijk over vorig jaar, en dat doet haar goed. Maar je praat over de school van toen; haar angst gaat over nu. Benoem die.",
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
      effects = { spanning = -2 },
      score = { verwachtingen = -2 },
      feedback = "Te snel ja gezegd. Zo blijft haar verwachting groot, en over drie weken zit jij om elf uur 's avonds te mailen. Verwachtingen managen begint met eerlijk zijn over wat je kunt.",
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
      text = "Ik wil eerlijk zijn: 's avonds lees ik geen mail. Dan bereid ik voor en heb ik rust nodig. Ik beloof liever iets wat ik kan waarmaken.",
      tags = { "ik-boodschap", "verwachtingen" },
      set = { grens = true },
      score = { verwachtingen = 3 },
      feedback = "Een heldere ik-boodschap: wat je wel en niet kunt, en waarom, zonder regels of andere ouders. Nog sterker was het geweest om eerst te vragen wat 'dezelfde dag' voor haar oplost.",
      next = "grens_gesteld",
    },
    {
      text = "Dat gaat niet. Zo werkt het niet op school.",
      tags = { "defensief", "regels" },
      effects = { spanning = 2, vertrouwen = -1 },
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
  effects = { spanning = -1 },
  choices = {
    {
      text = "U wilt haar kunnen steunen. Tegelijk lees ik 's avonds geen mail; dan bereid ik voor en rust ik uit. Laten we zoeken hoe u toch op tijd hoort wat belangrijk is.",
      tags = { "lsd", "ik-boodschap", "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { grens = true },
      score = { verwachtingen = 3, lsd = 1 },
      feedback = "Je vat de behoefte samen (kunnen steunen), stelt je grens als ik-boodschap en verbindt die meteen aan haar behoefte. Zo worden grens en zorg één gezamenlijk probleem.",
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
    {
      text = "Dat herken ik van veel ouders. Het helpt vaak om bij het avondeten een open vraag te stellen, zoals: wat was vandaag het leukste?",
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Een bruikbare tip, maar ongevraagd (de A van OMA), en 'veel ouders' maakt haar verhaal algemeen. Ze vroeg niet hoe ze met {kind} moet praten.",
      next = "tip_reactie",
    },
  },
}

node "tip_reactie" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Dat doe ik al. Ze vertelt gewoon weinig. Daarom wil ik het van ú horen.",
  choices = {
    {
      text = "Dat snap ik. Tegelijk lees ik 's avonds geen mail. Laten we zoeken hoe u op tijd hoort wat belangrijk is.",
      tags = { "ik-boodschap", "verwachtingen" },
      set = { grens = true },
      score = { verwachtingen = 2 },
      feedback = "Goed: je laat de tip los en stelt alsnog je grens, met de belofte dat jullie samen een oplossing zoeken.",
      next = "grens_gesteld",
    },
    {
      text = "Goed, dan laat ik u elke dag weten hoe het ging.",
      tags = { "belofte", "meegaan" },
      score = { verwachtingen = -2 },
      feedback = "Na de afgewezen tip geef je toe met een belofte die je niet kunt volhouden.",
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
      score = { aansluiten = 2, afspraken = 1 },
      feedback = "Mooi: je laat de moeder meedenken. Een afspraak die deels van haar komt, houdt ze beter vol.",
      next = "haar_voorstel",
    },
    {
      text = "Mijn voorstel: ik reageer binnen twee werkdagen. Wat niet kan wachten, zegt u 's ochtends om kwart over acht bij de deur. En maak ik me zorgen over {kind}, dan bel ik u.",
      tags = { "afspraken" },
      effects = { spanning = -1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = "Concreet: wat, hoe, wanneer. En de laatste zin draait haar grootste angst ('te laat horen') om naar een belofte die je wél kunt waarmaken. Door haar eerst te laten meedenken, was het ook háár afspraak geworden.",
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
      text = "Goed, dan doen we dat.",
      tags = { "vaag" },
      feedback = "Je accepteert haar idee, maar vult jouw kant niet in: wanneer antwoord jij, wat is 'echt iets'? Zonder die details ontstaat straks hetzelfde misverstand.",
      next = "voorstel_dun",
    },
    {
      text = "Goed idee. U stuurt op zondag één bericht, en ik antwoord uiterlijk dinsdag. Dringend: 's ochtends bij de deur. Maak ik me zorgen, dan bel ik u.",
      tags = { "afspraken", "aansluiten" },
      effects = { spanning = -1 },
      set = { afspraken_concreet = true, afspraak_samen = true },
      score = { afspraken = 3, aansluiten = 1 },
      feedback = "Je bouwt voort op haar idee en maakt het concreet: een vaste dag, een vaste antwoordtermijn, een route voor dringende zaken en jouw eigen toezegging. Een gezamenlijke afspraak.",
      next = "voorstel",
    },
    {
      text = "Dat vind ik echt een heel goed idee. Dan krijg ik minder mails en heeft u toch het gevoel dat u alles kwijt kunt. Laten we het proberen en kijken hoe het gaat.",
      tags = { "aansluiten", "vaag" },
      score = { aansluiten = 1 },
      feedback = "Hartelijk, en ze voelt zich serieus genomen. Maar wat doe jíj: wanneer antwoord je, wat is 'echt iets'? Zonder dat blijft het bij goede bedoelingen.",
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
      text = "U heeft gelijk, dat is te vaag. Binnen twee werkdagen. Dringend: 's ochtends bij de deur of via school. Zorgen van mijn kant: dan bel ik u.",
      tags = { "afspraken" },
      set = { afspraken_concreet = true },
      score = { afspraken = 2 },
      feedback = "Goed dat je haar kritiek serieus neemt en het alsnog concreet maakt. Vaagheid herkennen en herstellen is precies wat verwachtingsmanagement vraagt.",
      next = "voorstel",
    },
    {
      text = "Ik doe echt mijn best, maar ik heb dertig kinderen en ook ouders van andere kinderen die mailen. Ik kan niet iedereen dezelfde dag antwoorden.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { afspraken = -1, aansluiten = -1 },
      feedback = "Opnieuw je drukte en de andere ouders, en nog steeds geen afspraak. Ze hoort: u bent er één van velen.",
      next = "app_vraag",
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
      score = { verwachtingen = -1, aansluiten = -1, lsd = -1 },
      feedback = "Na een goed voorstel val je terug op 'beleid'. Je grens stond al; nu maak je er een muur van. Herhaal liever waarom de afspraak ook haar zorg dekt.",
      next = "botsing",
    },
    {
      text = "Nou, dan probeer ik het binnen een dag.",
      tags = { "meegaan" },
      effects = { spanning = -1 },
      set = { toegegeven = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft bij het eerste tegenwicht je grens op. Dat voelt even prettig, maar je leert haar vooral dat aandringen werkt. Een grens is pas een grens als je hem vriendelijk vasthoudt.",
      next = "app_vraag",
    },
    {
      text = "Daarom is er het ochtendmoment. En maak ik me zorgen, dan hoort u het dezelfde dag. Zo mist u niets belangrijks.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { verwachtingen = 2, aansluiten = 1 },
      feedback = "Je houdt de grens vast en laat zien hoe de afspraak haar angst ('iets missen') wel degelijk afdekt. Vriendelijk en stevig tegelijk: 'boven-samen' op de Roos van Leary.",
      next = "app_vraag",
    },
    {
      text = "Dat begrijp ik. Als het echt dringend is, mag u natuurlijk altijd naar school bellen, dan kijk ik of ik er tussen de lessen door even naar kan kijken.",
      tags = { "meegaan" },
      score = { verwachtingen = -1, aansluiten = 1 },
      feedback = "Vriendelijk, maar je schuift de grens zelf op: 'tussen de lessen door' wordt voor haar de nieuwe afspraak. Houd vast aan het ochtendmoment en jouw belofte om te bellen.",
      next = "app_vraag",
    },
  },
}

node "app_vraag" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Mag ik u dan in noodgevallen misschien gewoon appen? Op uw eigen nummer?",
  -- Een stilte die kost: wie op deze vraag zwijgt, laat de grens open.
  timeout = {
    seconds = 15,
    next = "check_begrip",
    score = { verwachtingen = -1 },
    tags = { "stilte" },
    feedback = "Ze vroeg of ze je privé mag appen, en je zei niets. Een grens die je niet uitspreekt, bestaat voor haar niet: ze gaat het proberen. Zeg vriendelijk nee, met het alternatief.",
  },
  choices = {
    {
      text = "Dat mag niet van de directeur.",
      tags = { "regels" },
      score = { aansluiten = -1 },
      feedback = "Je verschuilt je achter de directeur. De grens zelf is terecht, maar zeg hem als jouw keuze (ik-boodschap) en noem het alternatief.",
      next = "check_begrip",
    },
    {
      text = "Liever niet. Mijn nummer houd ik voor thuis. In een noodgeval belt u school; dan word ik gehaald.",
      tags = { "ik-boodschap", "verwachtingen" },
      score = { verwachtingen = 2 },
      feedback = "Kort, vriendelijk en helder: je grens als eigen keuze, met een alternatief dat in een echt noodgeval sneller werkt dan een appje.",
      next = "check_begrip",
    },
    {
      text = "Vooruit. Hier is mijn nummer, maar echt alleen voor noodgevallen.",
      tags = { "meegaan" },
      set = { prive_nummer = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft je privénummer om de goede sfeer te bewaren. Wat een 'noodgeval' is, bepaalt vanaf nu de moeder, op elk uur van de dag. Professionele afstand beschermt jou én de relatie.",
      next = "check_begrip",
    },
    {
      text = "Dat is lastig, want eigenlijk doen we dat niet. Maar als het echt een noodgeval is, zou het misschien wel kunnen, als u het niet te vaak doet.",
      tags = { "meegaan", "vaag" },
      set = { prive_nummer = true },
      score = { verwachtingen = -1 },
      feedback = "Een half ja is voor haar een ja. 'Niet te vaak' en 'echt een noodgeval' bepaalt zij. Kies: nee, met een alternatief.",
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
      text = "Mooi, dan zijn we eruit.",
      tags = { "afsluiten" },
      feedback = "Een vlot einde, maar je controleert niet of jullie hetzelfde hebben verstaan, en je plant geen moment om terug te kijken.",
      next = "afsluiting",
    },
    {
      text = "Zullen we de afspraken even op een rij zetten? Wat neemt u mee?",
      tags = { "afspraken", "check" },
      score = { afspraken = 2 },
      feedback = "Heel goed: je laat de moeder de afspraken zelf samenvatten. Dan weet je zeker dat jullie hetzelfde hebben verstaan.",
      next = "samenvatting_moeder",
    },
    {
      text = "Fijn. Ik zet alles wat we besproken hebben morgen op papier en stuur het u toe, dan kunt u het nog eens rustig nalezen.",
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = "Op papier is goed. Maar je weet nog niet of ze hetzelfde heeft verstaan als jij; laat haar eerst zelf zeggen wat ze meeneemt.",
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
      text = "Precies. Ik zet het morgen op papier, en over zes weken kijken we samen hoe het bevalt.",
      when = function(s) return s.flags.afspraken_concreet == true end,
      tags = { "afspraken" },
      set = { evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Sterk afgesloten: afspraken op papier en een evaluatiemoment.",
      next = "afsluiting",
    },
    {
      text = "Precies!",
      when = function(s) return s.flags.afspraken_concreet == true end,
      tags = { "afsluiten" },
      feedback = "Haar samenvatting klopt. Nog sterker: zet het op papier en spreek een moment af om terug te kijken.",
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
      text = "Nee, concreter: ik reageer binnen twee werkdagen. Dringend: 's ochtends bij de deur. Maak ik me zorgen, dan bel ik. Over zes weken kijken we hoe het gaat.",
      when = function(s) return not s.flags.afspraken_concreet end,
      tags = { "afspraken" },
      set = { afspraken_concreet = true, evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Goed dat je haar samenvatting gebruikt om na te gaan of jullie hetzelfde verstaan, en het vage alsnog concreet maakt. Zo werkt een terugvraag.",
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
      text = "Ja, dat kunt u.",
      tags = { "belofte" },
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = "Je bevestigt een belofte die je niet kunt houden. De eerste keer dat het niet lukt, is het vertrouwen weg, en dan sterker dan vandaag.",
      next = "belofte_bevestigd",
    },
    {
      text = "Wacht, dat zeg ik te snel. 's Avonds lees ik geen mail, en overdag sta ik voor de klas. Dat kan ik niet waarmaken.",
      tags = { "ik-boodschap", "verwachtingen" },
      effects = { vertrouwen = -1, spanning = 1 },
      set = { grens = true },
      score = { verwachtingen = 2 },
      feedback = "Moedig: je neemt je belofte terug, ook al kost het even sfeer. Een eerlijke grens nu is beter dan een gebroken belofte over twee weken.",
      next = "terugnemen",
    },
    {
      text = "In principe wel, al kan het een keer voorkomen dat het niet lukt, bijvoorbeeld bij een studiedag of als ik ziek ben.",
      tags = { "belofte" },
      set = { belofte = true },
      score = { verwachtingen = -1 },
      feedback = "Je houdt een slag om de arm, maar de belofte blijft staan: 'in principe dezelfde dag'. Zij onthoudt 'dezelfde dag'.",
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
  text = "Dan is het opgelost. Ik zal de directeur laten weten dat het een goed gesprek was.",
  next = "afsluiting",
}

node "botsing" {
  speaker = "moeder",
  mood = "boos",
  text = function(s)
    if s.flags.hersteld then return "Nu doet u het weer. Ik denk dat ik het toch bij {directeur} neerleg." end
    return "Ik merk dat u vooral uzelf aan het verdedigen bent. Zo komen we nergens. Misschien moet ik het toch weer bij {directeur} neerleggen."
  end,
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
      text = "Ik merk dat we allebei geïrriteerd raken. Zullen we morgen verder praten?",
      tags = { "metacommunicatie" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = function(s)
        if s.flags.hersteld then
          return "Na een tweede botsing is afkoelen verstandig: een tweede 'sorry, opnieuw' had ze niet geloofd. Ze gaat wel zonder afspraak naar huis."
        end
        return "Een pauze voorstellen is beter dan doorvechten, en je benoemt wat er gebeurt. Maar je schuift het probleem een dag op. Met één eerlijke zin over je eigen aandeel was het gesprek nu nog te redden geweest."
      end,
      next = "afkoelen",
    },
    {
      text = "U heeft gelijk, ik schiet in de verdediging. U wilt weten hoe het met {kind} gaat, en dat wil ik ook. Mag ik opnieuw beginnen?",
      when = function(s) return not s.flags.hersteld end,
      tags = { "lsd", "ik-boodschap", "metacommunicatie" },
      effects = { spanning = -3, vertrouwen = 1 },
      set = { hersteld = true },
      score = { lsd = 2 },
      feedback = "Knap: je benoemt je eigen gedrag (metacommunicatie) en het gezamenlijke doel. Zo doorbreek je de tegen-tegen-spiraal van de Roos van Leary. Een tweede keer lukt dit niet zo makkelijk.",
      next = "herstart",
    },
  },
}

node "herstart" {
  speaker = "moeder",
  mood = "gespannen",
  text = function(s)
    if s.flags.kern_benoemd then return "Goed. U weet het al: ik wil gewoon niet weer iets missen." end
    return "Goed. Ik wil gewoon niet weer iets missen, zoals vorig jaar met het lezen. Toen hoorden we het pas bij het rapport."
  end,
  choices = {
    {
      text = "Dat gaat dit jaar niet gebeuren, beloofd.",
      tags = { "belofte", "oma" },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Een belofte over de toekomst, terwijl ze net een kans gaf om haar te begrijpen. Vat eerst samen; beloven kan later, en dan concreet.",
      next = "herstel_voorstel",
    },
    {
      text = "U wilt niet opnieuw te laat horen dat het niet goed gaat met {kind}.",
      tags = { "lsd" },
      set = { kern_benoemd = true },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed: na het herstel vat je meteen haar kernzorg samen. Nu kan ze luisteren naar wat jij voorstelt.",
      next = "herstel_voorstel",
    },
    {
      text = "Dat snap ik. Vorig jaar is er echt iets misgegaan in de communicatie; dat had de school anders moeten doen, en daar leren we van.",
      tags = { "erkennen" },
      feedback = "Eerlijk over vorig jaar, maar het gaat over 'de school' in plaats van over haar angst nu. Vat haar zorg samen.",
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
      text = "Laten we het gewoon een tijdje aankijken.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Na een moeizaam gesprek is 'aankijken' verleidelijk, maar zonder afspraak weet niemand wat er verandert. Juist nu heeft de moeder houvast nodig.",
      next = "app_vraag",
    },
    {
      text = "'s Avonds lees ik geen mail. Wel antwoord ik binnen twee werkdagen. Dringend: 's ochtends bij de deur. En maak ik me zorgen, dan bel ik u.",
      tags = { "ik-boodschap", "afspraken" },
      effects = { spanning = -1 },
      set = { afspraken_concreet = true, grens = true },
      score = { verwachtingen = 1, afspraken = 2 },
      feedback = "Na het herstel ben je helder: je grens als ik-boodschap en een concreet alternatief, met een toezegging die haar angst raakt.",
      next = "app_vraag",
    },
    {
      text = "Wat zou u zelf een goede afspraak vinden?",
      tags = { "aansluiten" },
      score = { aansluiten = 1 },
      feedback = "Goed dat je haar laat meedenken. Zeg er wel bij wat jij niet kunt ('s avonds mail lezen), anders bouwt ze verder op haar eigen verwachting.",
      next = "haar_voorstel",
    },
  },
}

node "afkoelen" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Goed. Morgen dan. Maar ik wil wel dat er dan iets verandert.",
  next = "afgekoeld",
}

node "afsluiting" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    if s.vertrouwen >= 7 then return "blij" end
    return "neutraal"
  end,
  text = function(s)
    if s.flags.belofte then return "Fijn. Dan hoor ik het voortaan dezelfde dag." end
    if s.vertrouwen >= 7 then return "Dank u. Ik ga met een beter gevoel naar huis dan ik kwam." end
    if s.spanning >= 7 then return "Nou. We zien wel." end
    return "Goed. Dan weten we ongeveer waar we staan."
  end,
  next = function(s)
    if s.flags.belofte then return "overbelast" end
    if s.spanning >= 8 then return "naar_directeur" end
    if s.flags.toegegeven or s.flags.prive_nummer then return "onhoudbaar" end
    if s.flags.afspraken_concreet and s.vertrouwen >= 6 then return "heldere_afspraken" end
    if s.flags.afspraken_concreet then return "afspraak_op_papier" end
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
  -- Toegeven of je privénummer geven: een afspraak die je niet volhoudt. Hooguit voldoende.
  grade_cap = "voldoende",
  title = "Goede sfeer, onhoudbare afspraak",
  outcome = "mixed",
  text = "Esra gaat tevreden naar huis. Maar jij hebt meer toegezegd dan je kunt volhouden. Na drie weken zit je op zondagavond berichtjes te beantwoorden, en je merkt dat je tegen elk bericht opziet.",
}

ending "afgekoeld" {
  title = "Morgen verder",
  outcome = "mixed",
  text = "Jullie stoppen en spreken af morgen verder te praten. Dat haalt de hitte eruit, maar Esra gaat naar huis zonder te weten waar ze aan toe is, en die avond komen er toch weer twee mails.",
}

ending "afspraak_op_papier" {
  title = "Afspraken, maar nog geen vertrouwen",
  outcome = "mixed",
  text = "De afspraken kloppen, en Esra houdt zich er grotendeels aan. Maar begrepen voelt ze zich niet: de eerste weken controleert ze of jij je aan de termijn houdt, en bij de eerste vertraging ligt er een mail bij de directeur.",
}

ending "zonder_afspraak" {
  title = "Geen echte afspraak",
  outcome = "mixed",
  text = "Het gesprek was niet vijandig, maar er is niets concreets afgesproken. Esra weet nog steeds niet wat ze kan verwachten, en een week later ontvang je weer drie mails op een avond.",
}

ending "overbelast" {
  -- Beloofd dezelfde dag te antwoorden: precies de verwachting die dit
  -- gesprek moest bijstellen. Hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Een belofte die je niet volhoudt",
  outcome = "bad",
  text = "Je hebt beloofd dezelfde dag te antwoorden. Twee weken lang lukt dat, tot diep in de avond. Dan is er een studiedag en antwoord je een dag later. Esra mailt de directeur: 'De juf houdt zich niet eens aan haar eigen afspraken.'",
}

ending "naar_directeur" {
  -- Een ouder die al bij de directeur klaagde, boos laten vertrekken.
  grade_cap = "onvoldoende",
  title = "Opnieuw bij de directeur",
  outcome = "bad",
  text = "Esra vertrekt boos. De volgende ochtend ligt er een mail bij {directeur}, met een kopie aan jou. Het vertrouwen is verder weg dan vóór het gesprek.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Het modelpad: samenvatten, de kern benoemen, haar verwachting uitvragen,
-- de behoefte erachter horen, een grens als ik-boodschap, haar eigen voorstel
-- concreet maken, de grens vriendelijk vasthouden, en samen terugkijken.
plan "beste_pad" {
  choices = "2,3,3,2,1,2,2,3,2,2,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { lsd = 8, verwachtingen = 9, afspraken = 8, aansluiten = 7 },
}

plan "slechtste_pad" {
  choices = "3,1,2,1",
  ending = "naar_directeur",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Luisteren gaat goed, maar de afspraak blijft haar idee zonder jouw kant.
plan "middenpad" {
  choices = "4,2,2,4,2,1,2,3,2,3",
  ending = "zonder_afspraak",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.599,
}

-- Na de vergelijking met andere ouders: de stilte laten vallen werkt.
plan "stilte_pad" {
  choices = "2,3,1,t,2,2,1,2,2,3,2,2,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "goed",
  overall = 0.905,
}

-- Zwijgen op 'Is dat te veel gevraagd?': ze vult de stilte zelf in (tekst
-- van vergelijk).
plan "zwijgen_op_vraag" {
  choices = "2,3,t,2,2,1,2,2,3,2,2,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "goed",
  overall = 0.968,
}

plan "belofte_pad" {
  choices = "1,1",
  ending = "overbelast",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "vaag_pad" {
  choices = "2,3,3,2,1,1,1,2,1",
  ending = "zonder_afspraak",
  outcome = "mixed",
  grade = "voldoende",
}

-- Concrete afspraken, maar zonder dat ze zich begrepen voelt.
plan "op_papier" {
  choices = "4,2,3,4,3,3,3,1,3",
  ending = "afspraak_op_papier",
  outcome = "mixed",
  grade = "onvoldoende",
}

-- Een tweede botsing na een herstel: nu lukt opnieuw beginnen niet meer
-- (tekst en keuzes van botsing hangen af van de vlag hersteld).
plan "tweede_botsing" {
  choices = "2,3,3,2,1,2,2,1,3,2,3,2,1,2",
  ending = "afgekoeld",
  outcome = "mixed",
}

-- Het privénummer gegeven: goede sfeer, onhoudbare afspraak, hooguit voldoende.
plan "prive_nummer" {
  choices = "2,3,3,2,1,2,2,3,3,2,1",
  ending = "onhoudbaar",
  outcome = "mixed",
  grade = "voldoende",
}

-- Zwijgen op de vraag of ze je mag appen: de grens blijft open, en dat kost.
plan "zwijgen_op_appen" {
  choices = "2,3,3,2,1,2,2,3,t,2,1",
  ending = "heldere_afspraken",
  outcome = "good",
  grade = "goed",
  overall = 0.905,
}
