-- "De school doet niets": een pestmelding
-- Een vader meldt dat zijn zoon gepest wordt en vindt dat de school niets doet.
-- De intern begeleider (tevens anti-pestcoördinator) zit bij het gesprek; jij voert het.
-- Oefent: serieus nemen, samenvatten, het protocol helder uitleggen, concreet afspreken,
-- een vervolggesprek binnen twee weken, en NIET praten over het andere kind.

scenario {
  id = "pesten",
  version = 2,
  title = "De school doet niets",
  language = "nl",
  tags = { "verwachtingsmanagement", "pesten", "pestprotocol", "privacy", "groep 7", "met collega" },
  level = 3,
  minutes = 20,
  summary = "Dennis Visser meldde drie weken geleden dat zijn zoon Sem gepest wordt. Gisteren wilde Sem niet naar school. Vader is boos: 'De school doet niets.' De intern begeleider zit erbij, maar jij voert het gesprek.",
  briefing = [[Je bent leerkracht van groep 7 van basisschool Het Kompas. Je werkt woensdag tot en met vrijdag; je duocollega maandag en dinsdag.

Drie weken geleden zei Dennis Visser bij het hek tegen je duocollega dat zijn zoon Sem (10) gepest wordt. Zij zei: "We letten erop," en gaf het aan jou door. Je hebt sindsdien gezien dat Sem stiller is en in de pauze vaak alleen staat. Verder is er niets gebeurd: de melding is niet vastgelegd en het pestprotocol is niet gestart.

Gisteravond mailde vader: "Sem wilde vandaag niet naar school. Buikpijn. De school doet niets. Ik wil vandaag nog een gesprek."

Mevrouw Kaya, de intern begeleider en anti-pestcoördinator, zit bij het gesprek. Sem zit bij jou in de klas: jij voert het gesprek, zij denkt mee.

Het pestprotocol van jullie school: een melding wordt altijd serieus genomen en dezelfde dag vastgelegd. De leerkracht praat met het gepeste kind, apart met de kinderen die pesten, en met de groep. De school informeert zelf de ouders van de betrokken kinderen. Er worden afspraken gemaakt met het kind (een vertrouwenspersoon, wat te doen in de pauze) en de pleinwacht let extra op. Binnen twee weken is er een vervolggesprek met de ouders.

Let op: over andere kinderen (wie, wat er met hen gebeurt, hun thuissituatie) praat je niet met deze vader.

Jouw doel: neem de melding serieus, vat samen wat je hoort, erken wat er misging, leg uit wat de school gaat doen, maak concrete afspraken en plan een vervolggesprek binnen twee weken.]],
  goals = {
    "Je neemt de melding serieus en vat samen wat je hoort, ook de emotie.",
    "Je erkent eerlijk dat er na de eerste melding te weinig is gebeurd, zonder je collega af te vallen.",
    "Je legt in gewone taal uit wat de school gaat doen (het pestprotocol).",
    "Je praat niet over het andere kind, en legt vriendelijk uit waarom niet.",
    "Je maakt concrete afspraken en plant een vervolggesprek binnen twee weken.",
  },
  vars = { kind = "Sem", ander = "Luuk", groep = 7 },
  start = "begin",
}

character "vader" {
  name = "Dennis Visser",
  role = "vader van Sem",
  portrait = { skin = 1, hair = "kaal", hair_color = "#8a6f4d", beard = true, age = "middel", shirt = "#3d5a3a" },
}

character "ib" {
  name = "Fatma Kaya",
  role = "intern begeleider en anti-pestcoördinator",
  portrait = { skin = 3, hair = "knot", hair_color = "#2b1d14", glasses = true, age = "middel", shirt = "#7a3b69" },
}

-- Tempo: vertrouwen stijgt hooguit 1 per beurt, en alleen bij een echte
-- erkenning of een concrete stap, niet bij woorden alleen. Deze vader wachtte
-- drie weken: na één goed gesprek vertrouwt hij de school hooguit
-- voorzichtig (5 à 6: "we zullen zien, maar dit is een begin"). Spanning zakt
-- hooguit 2 per beurt; een verdediging, een belofte die hij al eens hoorde of
-- een tweede excuus zonder daden doen haar weer oplopen.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 2, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 8, visible = true }

-- max = de score van het modelpad (plan "stilte_pad": eerst laten uitrazen,
-- dan samenvatten). Zonder max telt de analyse ook omwegen mee die in één
-- competentie meer opleveren en in een andere kosten (bijvoorbeeld steeds
-- het praktische antwoord in plaats van luisteren); dan haalt het modelpad
-- geen 100%. Wie meteen samenvat in plaats van eerst te zwijgen, haalt 6 van
-- de 7 punten voor luisteren.
competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 7 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken: wat de school wel en niet doet", weight = 2, max = 5 }
competency "afspraken" { label = "Concrete afspraken en vervolg", weight = 2, max = 7 }
competency "privacy" { label = "Zorgvuldig met informatie over andere kinderen", weight = 2, max = 4 }

-- Na een zijpad: is het protocol al uitgelegd, dan door naar de afspraken; anders eerst het protocol.
local function verder(s)
  if s.flags.protocol_uitgelegd then return "protocol_helder" end
  return "protocol"
end

---------------------------------------------------------------------------
-- Opening: de boosheid
---------------------------------------------------------------------------

node "begin" {
  speaker = "vader",
  mood = "boos",
  text = "Drie weken geleden heb ik bij het hek gezegd dat {kind} gepest wordt. 'We letten erop,' zei uw collega. En gisteren wilde hij niet naar school. Buikpijn. De school doet gewoon niets.",
  -- Eerst laten uitrazen: één punt voor de stilte zelf; de samenvatting die
  -- erop volgt (knoop "uitrazen") scoort apart. Stilte en dan samenvatten is
  -- hier de sterkste route.
  timeout = {
    seconds = 20,
    next = "uitrazen",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = "Goed: je liet de vader eerst uitrazen. Een boze ouder kan pas luisteren als zijn boosheid ruimte heeft gekregen; uitleg op dit moment klinkt als verweer. Laat nu met een samenvatting merken dat je het gehoord hebt.",
  },
  choices = {
    {
      text = "Wat vervelend. Ik ga er vandaag nog mee aan de slag, dat beloof ik u.",
      tags = { "belofte" },
      effects = { spanning = -1 },
      score = { verwachtingen = -1 },
      feedback = "Warm bedoeld, maar een belofte zonder inhoud: net als 'we letten erop' drie weken geleden. Je weet nog niet wat er speelt. Luister eerst.",
      next = "belofte",
    },
    {
      text = "Dat klopt niet helemaal. Mijn duocollega heeft het aan mij doorgegeven, en we hebben er in de klas echt op gelet.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -2 },
      feedback = "Je verdedigt de school terwijl de vader vertelt dat zijn kind buikpijn heeft van school. 'Opletten' is bovendien precies wat hij te weinig vindt. Eerst erkennen, dan pas uitleggen.",
      next = "verdediging",
    },
    {
      text = "{kind} wilde niet naar school, en u hoorde drie weken niets van ons. Dan snap ik dat u boos bent.",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Sterk: je vat de feiten én het gevoel samen, en je verdedigt niets. Dat verlaagt de spanning meer dan welke uitleg ook.",
      next = "gehoord",
    },
    {
      text = "Daarvoor zit mevrouw Kaya erbij. Zij is onze anti-pestcoördinator.",
      tags = { "doorschuiven" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Je schuift het gesprek door naar je collega. Voor de vader voelt dat als opnieuw van het kastje naar de muur. {kind} zit bij jóu in de klas: houd zelf de regie.",
      next = "ib_doorschuif",
    },
  },
}

node "uitrazen" {
  speaker = "vader",
  mood = "gespannen",
  text = "(Je zegt niets en knikt. Dennis ademt uit.) Hij staat in de pauze alleen. En in de groepsapp noemen ze hem 'de vette'. Ik heb screenshots. Wat moet ik daar nou mee?",
  effects = { spanning = -1 },
  set = { app_bekend = true },
  choices = {
    {
      text = "Hij staat alleen op het plein en wordt uitgescholden in de app. Dat is hard, voor hem en voor u.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Je stilte gaf hem ruimte om zijn verhaal te doen, en je samenvatting laat zien dat je het serieus neemt, ook wat het met hem doet. Stilte en samenvatten samen: sterk.",
      next = "gehoord",
    },
    {
      text = "Bewaart u die screenshots en stuurt u ze mij? Dan leg ik ze vandaag vast.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Praktisch en juist: de school heeft die screenshots nodig. Maar hij vertelde net dat zijn zoon alleen staat en uitgescholden wordt; eerst laten merken dat je dát hoort, dan pas de actie.",
      next = "gehoord",
    },
    {
      text = "De groepsapp valt buiten school. Daar kunnen wij als school helaas weinig mee, dat is echt iets voor thuis.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -2, lsd = -1 },
      feedback = "Formeel is de app van de ouders, maar wat daar gebeurt, gaat mee de klas in. Een school kan er in de groep wel degelijk iets mee. Zo klinkt het als de zoveelste afwijzing.",
      next = "app_buiten",
    },
  },
}

node "verdediging" {
  speaker = "vader",
  mood = "boos",
  text = "Opgelet. En ondertussen heeft mijn zoon buikpijn.",
  choices = {
    {
      text = "Ik begrijp dat het zo voelt, maar we hebben echt gekeken, en in de klas leek het de laatste tijd juist wat beter te gaan.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "'Ik begrijp het, maar...' is een verdediging met een vriendelijk begin. Hij hoort alleen het 'maar'. Op de Roos van Leary blijven jullie tegenover elkaar staan.",
      next = "escalatie",
    },
    {
      text = "U heeft gelijk. Opletten was niet genoeg. Wat gebeurt er met {kind}?",
      tags = { "lsd", "excuus" },
      effects = { spanning = -1 },
      set = { excuus = true },
      score = { lsd = 1 },
      feedback = "Goed herstel: je erkent wat er misging, zonder je collega de schuld te geven, en je vraagt open door. Het vertrouwen is nog niet terug: daar is meer voor nodig dan één zin.",
      next = "gehoord",
    },
    {
      text = "We kunnen ook niet overal tegelijk zijn.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Tweede verdediging op rij. Op de Roos van Leary gaan jullie samen 'tegen': hij harder, jij harder. Zo escaleert het.",
      next = "escalatie",
    },
  },
}

node "ib_doorschuif" {
  speaker = "ib",
  mood = "neutraal",
  text = "Ik denk zeker mee, meneer Visser. Maar {kind} zit bij mijn collega in de klas. Misschien is het goed als u eerst samen bespreekt wat er gebeurt.",
  choices = {
    {
      text = "Eigenlijk weet mevrouw Kaya echt meer van het protocol dan ik. Zij kan u beter vertellen hoe we dit aanpakken.",
      tags = { "doorschuiven" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Je collega geeft het gesprek terug, en jij schuift het opnieuw door. De vader ziet twee professionals die geen van beiden verantwoordelijkheid nemen.",
      next = "escalatie",
    },
    {
      text = "Goed. Meneer Visser, u heeft drie weken gewacht en {kind} heeft buikpijn. Vertelt u mij wat er gebeurt?",
      tags = { "lsd", "regie" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Goed dat je de regie terugneemt en in één zin laat horen wat je al gehoord hebt. Het doorschuiven heeft hij wel gemerkt.",
      next = "gehoord",
    },
    {
      text = "Klopt. Sorry, meneer Visser. Wat gebeurt er?",
      tags = { "lsd", "regie" },
      score = { lsd = 1 },
      feedback = "Je neemt de regie terug en vraagt open door. Met een korte samenvatting van wat hij al zei (buikpijn, drie weken) had hij gemerkt dat je hem al gehoord had.",
      next = "gehoord",
    },
  },
}

node "belofte" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Dat zei uw collega drie weken geleden ook.",
  choices = {
    {
      text = "Deze keer meen ik het echt.",
      tags = { "belofte" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = "Nog een belofte zonder inhoud. Vertrouwen herstel je niet met woorden maar met concrete stappen, en die kun je pas noemen als je weet wat er speelt.",
      next = "gehoord",
    },
    {
      text = "Dan begin ik morgen meteen met een gesprek in de klas over pesten, zodat iedereen weet dat dit niet kan.",
      tags = { "oplossing" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Actie, maar voordat je weet wat {kind} zelf ervaart en wil. Een groepsgesprek zonder voorbereiding kan het voor hem erger maken.",
      next = "te_snel",
    },
    {
      text = "U heeft gelijk, beloven is makkelijk. Vertelt u eerst wat er gebeurt?",
      tags = { "lsd", "verwachtingen" },
      effects = { spanning = -1 },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = "Mooi: je erkent zijn wantrouwen en belooft alleen wat je wél kunt waarmaken: eerst luisteren, dan concreet worden.",
      next = "gehoord",
    },
  },
}

node "escalatie" {
  speaker = "vader",
  mood = "boos",
  text = function(s)
    if s.flags.eerder_hersteld then return "Nee. Nu is het genoeg. Ik ga naar de directeur." end
    return "Weet u wat? Ik ga naar de directeur. En als het moet, naar de krant."
  end,
  choices = {
    {
      text = "Dat is uw recht. Er is ook een klachtenregeling.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Procedureel correct, maar je laat een vader met een gepest kind gaan zonder plan. De klachtenregeling is een uitweg voor hem, geen oplossing voor {kind}.",
      next = "klacht",
    },
    {
      text = "Wacht. Ik merk dat ik me verdedig, en dat helpt {kind} niet. U heeft drie weken gewacht. Dat is niet goed gegaan.",
      when = function(s) return not s.flags.eerder_hersteld end,
      tags = { "lsd", "metacommunicatie" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { eerder_hersteld = true, excuus = true },
      score = { lsd = 1 },
      feedback = "Knap: je benoemt je eigen gedrag (metacommunicatie), erkent wat er misging en brengt het gesprek terug naar {kind}. Van 'tegen' naar 'samen' op de Roos van Leary. Een tweede keer lukt dit niet zo makkelijk.",
      next = "herstart",
    },
    {
      text = "Ik begrijp dat u nu weg wilt. Mag ik u morgen bellen om de afspraken voor {kind} door te nemen?",
      when = function(s) return s.flags.eerder_hersteld == true end,
      tags = { "afspraken" },
      effects = { spanning = -1 },
      set = { bellen = true },
      score = { afspraken = 1 },
      feedback = "Als een gesprek voor de tweede keer vastloopt, is een afkoelmoment verstandig. Goed dat je de deur openhoudt met een concreet belmoment. Een tweede 'sorry' had hij niet meer geloofd.",
      next = "afsluiting",
    },
    {
      text = "Ik snap dat u boos bent. Maar ik heb echt mijn best gedaan voor {kind}.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Erkenning met een 'maar' erachter. Het gaat nu over jouw inzet, niet over zijn zoon. Zo vertrekt hij.",
      next = "klacht",
    },
  },
}

node "herstart" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.protocol_uitgelegd then return "Goed. Dan houden we het bij {kind}. Wat spreken we af?" end
    return "Goed. Maar dan wil ik nu horen wat er gaat gebeuren. Concreet."
  end,
  next = verder,
}

node "app_buiten" {
  speaker = "ib",
  mood = "neutraal",
  text = "Als ik even mag aanvullen: wat in de app gebeurt, nemen de kinderen mee de klas in. Daar kunnen wij in de groep wel degelijk iets mee. Meneer Visser, bewaart u die screenshots alstublieft.",
  choices = {
    {
      text = "Ja, dat bedoelde ik eigenlijk ook: binnen de klas kunnen we er natuurlijk wel iets mee. Dat zei ik misschien niet helemaal goed.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Je redt je gezicht, maar de vader hoorde wat je eerst zei. Eerlijk toegeven ('dat klopte niet') geeft meer vertrouwen dan recht praten.",
      next = "gehoord",
    },
    {
      text = "Dank je, Fatma. Dat klopte niet van mij. Meneer Visser, wat gebeurt er in de app?",
      tags = { "lsd", "regie", "excuus" },
      effects = { spanning = -1 },
      set = { excuus = true },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = "Sterk: je neemt de correctie van je collega open aan, herstelt je fout tegenover de vader en vraagt door. Zo blijf je samen één school.",
      next = "gehoord",
    },
  },
}

---------------------------------------------------------------------------
-- Luisteren: wat gebeurt er?
---------------------------------------------------------------------------

node "gehoord" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.vertrouwen >= 4 then return "verdrietig" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.app_bekend then
      return "Het gaat al weken zo. Elke pauze, en 's avonds in die app."
    end
    return "Hij staat in de pauze alleen. En in de groepsapp noemen ze hem 'de vette'. Ik heb screenshots."
  end,
  choices = {
    {
      text = "Wat vertelt {kind} er zelf over?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 2 },
      feedback = "Een korte, open vraag die het kind centraal zet. Wat {kind} zelf ervaart en wil, is het vertrekpunt van elke aanpak.",
      next = "sem_vertelt",
    },
    {
      text = "Ik ga morgen meteen een groepsgesprek houden over hoe we met elkaar omgaan, ook in de app.",
      tags = { "oplossing" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Actie is goed, maar je springt naar een oplossing voordat je weet wat {kind} zelf ervaart en wil. Een groepsgesprek zonder voorbereiding kan het voor hem zelfs erger maken.",
      next = "te_snel",
    },
    {
      text = "Weet u wie het doen?",
      tags = { "doorvragen", "feiten" },
      feedback = "Die vraag heb je nodig voor de melding, maar je slaat {kind} over: hoe gaat het met hém? En nu gaat het gesprek over het andere kind.",
      next = "wie",
    },
    {
      text = "Vandaag leg ik dit vast, en morgen praat ik met {kind} en met de kinderen die meedoen. Zo pakken we het aan volgens ons protocol.",
      tags = { "verwachtingen", "te-vroeg" },
      effects = { spanning = 1 },
      set = { plan_te_vroeg = true },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "De inhoud klopt, maar het moment niet: hij is nog niet uitgepraat, en je weet nog niet wat {kind} zelf wil. Nu schrikt hij van het plan.",
      next = "te_snel",
    },
  },
}

node "te_snel" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.plan_te_vroeg then
      return "Met die kinderen praten? Dan weten ze meteen dat {kind} geklikt heeft. Dan wordt het alleen maar erger."
    end
    return "Een groepsgesprek? Dan weet iedereen dat hij geklikt heeft. Dan wordt het alleen maar erger."
  end,
  choices = {
    {
      text = "Nee hoor, dat doe ik heel algemeen. Dat gaat echt goed.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je wuift een terechte zorg weg. Kinderen die gepest worden, zijn vaak bang voor 'klikken'. Neem dat mee in je aanpak.",
      next = "sem_vertelt",
    },
    {
      text = "Daar heeft u een punt. Wat zou {kind} zelf willen?",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Goed dat je zijn zorg serieus neemt en terugschakelt naar luisteren. De vader kent zijn kind; zijn inschatting is waardevolle informatie.",
      next = "sem_vertelt",
    },
    {
      text = "Dat begrijp ik. We doen het zo dat niemand hoeft te weten dat het van {kind} komt; daar hebben we ervaring mee.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "Geruststellend en waarschijnlijk waar, maar je praat over zijn zorg heen in plaats van te vragen wat {kind} zelf wil. 'Daar hebben we ervaring mee' klinkt na drie weken niets niet sterk.",
      next = "sem_vertelt",
    },
  },
}

node "sem_vertelt" {
  speaker = "vader",
  mood = "verdrietig",
  text = "Weinig. Hij schaamt zich. Gisteravond huilde hij en zei: 'Het is {ander}, en de rest doet mee.' Ik wist niet wat ik moest zeggen.",
  choices = {
    {
      text = "Schaamte is heel normaal bij pesten, hoor.",
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Een algemeenheid (een mening, OMA) op een heel persoonlijk moment. De vader vertelt over zíjn huilende zoon; blijf daarbij.",
      next = "andere_kind",
    },
    {
      text = "Wat goed dat hij het u toch verteld heeft. Dat is een grote stap voor een kind dat zich schaamt; het laat zien dat hij u vertrouwt.",
      tags = { "lsd", "positief" },
      score = { lsd = 1 },
      feedback = "Vriendelijk en waar: {kind} vertrouwt zijn vader. Maar de vader zei ook dat hij zelf niet wist wat hij moest zeggen. Dat gevoel laat je liggen.",
      next = "andere_kind",
    },
    {
      text = "Hij schaamt zich. En u stond erbij en wist niet wat u moest zeggen.",
      tags = { "lsd" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { lsd = 2 },
      feedback = "Je vat het verhaal van {kind} samen én het gevoel van de vader (machteloos). Je gaat niet in op de naam die hij noemt, maar op wat hij meemaakte.",
      next = "andere_kind",
    },
  },
}

---------------------------------------------------------------------------
-- Het andere kind
---------------------------------------------------------------------------

node "wie" {
  speaker = "vader",
  mood = "boos",
  text = "Het is {ander}, zegt {kind}. En de rest doet mee.",
  next = "andere_kind",
}

node "andere_kind" {
  speaker = "vader",
  mood = "boos",
  text = "En wat gaat er met die {ander} gebeuren? Worden zijn ouders gebeld? Ik wil dat hij gestraft wordt.",
  choices = {
    {
      text = "{ander} heeft het thuis ook niet makkelijk, hoor. Zijn ouders zijn net uit elkaar; misschien reageert hij het daarom af op anderen. Dat maakt het niet goed, natuurlijk.",
      tags = { "privacy" },
      effects = { spanning = 1 },
      set = { privacy_geschonden = true },
      score = { privacy = -3 },
      feedback = "Dit mag niet: je deelt vertrouwelijke informatie over een ander kind en zijn gezin. Bovendien klinkt het als een excuus voor het pesten. Over andere kinderen praat je niet, ook niet om begrip te kweken.",
      next = "privacy_fout",
    },
    {
      text = "Daar mag ik niets over zeggen.",
      tags = { "privacy" },
      effects = { spanning = 1 },
      score = { privacy = 1, lsd = -1 },
      feedback = "De grens klopt, maar zonder reden en zonder wat er wél gebeurt klinkt het als 'daar gaat u niet over'. Zeg waarom je het niet bespreekt (het beschermt {kind} ook), en wat de school doet.",
      next = verder,
    },
    {
      text = "Over andere kinderen vertel ik niets; dat doe ik over {kind} ook niet. Wel praten we met alle kinderen die meedoen, en hun ouders lichten wij in.",
      tags = { "privacy", "verwachtingen" },
      score = { privacy = 2, verwachtingen = 1 },
      feedback = "Precies goed: je legt uit waarom je er niet op ingaat (en dat het {kind} ook beschermt), en vertelt wat er wél gebeurt. Een grens met een reden en een perspectief.",
      next = verder,
    },
    {
      text = "Hij wordt gestraft, daar zorg ik voor.",
      tags = { "belofte", "privacy" },
      effects = { spanning = -2 },
      set = { straf_beloofd = true },
      score = { privacy = -1, verwachtingen = -2 },
      feedback = "Je belooft een maatregel over een ander kind, die jij niet eens mag nemen (straffen gaat via de directeur en het protocol). En je praat met deze vader over dat kind. Dubbel mis.",
      next = "belofte_straf",
    },
  },
}

node "privacy_fout" {
  speaker = "ib",
  mood = "gespannen",
  text = "(Mevrouw Kaya kijkt je even aan.) Over andere kinderen en hun thuissituatie praten we niet, meneer Visser. Laten we het bij {kind} houden.",
  choices = {
    {
      text = "Mevrouw Kaya heeft gelijk. Dat had ik niet mogen zeggen. Ik vraag u het voor u te houden.",
      tags = { "privacy", "herstel" },
      effects = { vertrouwen = -1 },
      score = { privacy = 1 },
      feedback = "Goed dat je je fout direct erkent en om discretie vraagt. Terugdraaien kan het niet meer: de informatie is gedeeld.",
      next = verder,
    },
    {
      text = "Ik wilde alleen uitleggen waarom hij zo doet.",
      tags = { "defensief", "privacy" },
      effects = { spanning = 1 },
      score = { privacy = -1 },
      feedback = "Je verdedigt je fout. Begrip vragen voor het kind dat pest, in een gesprek met de ouder van het gepeste kind, komt over als het goedpraten van pesten.",
      next = verder,
    },
  },
}

node "belofte_straf" {
  speaker = "vader",
  mood = "gespannen",
  text = "Mooi. Dan verwacht ik morgen te horen dat het geregeld is.",
  choices = {
    {
      text = "Ik ga het regelen.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Je laat een belofte staan die je niet kunt waarmaken. Als {ander} morgen gewoon in de klas zit, is het vertrouwen van de vader definitief weg.",
      next = verder,
    },
    {
      text = "Wacht, dat mag ik niet beloven. Wat er met {ander} gebeurt, bespreken we met hem en zijn ouders. Wel vertel ik u wat we voor {kind} doen.",
      tags = { "privacy", "verwachtingen" },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { straf_beloofd = false },
      score = { privacy = 1, verwachtingen = 1 },
      feedback = "Moedig hersteld: je neemt een belofte terug die je niet kon doen, met uitleg, en je wijst naar wat je wél doet. Dat kost nu iets, maar voorkomt een groot conflict volgende week.",
      next = verder,
    },
    {
      text = "Ik ga in elk geval met de directeur over een straf praten.",
      tags = { "belofte", "privacy" },
      score = { privacy = -1 },
      feedback = "Afgezwakt, maar nog steeds een toezegging over een ander kind, aan deze vader. Hij rekent erop dat er een straf komt.",
      next = verder,
    },
  },
}

---------------------------------------------------------------------------
-- Wat gaat de school doen? (het protocol)
---------------------------------------------------------------------------

node "protocol" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.straf_beloofd then return "Goed. En wat gebeurt er verder nog?" end
    return "Wat gaan jullie dan wél doen?"
  end,
  choices = {
    {
      text = "We volgen het anti-pestprotocol: registratie, een no-blame-aanpak met een steungroep en een sociogram.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = "Vakjargon (no-blame, steungroep, sociogram) zegt de vader niets en klinkt als papier. Vertel in gewone woorden wat er morgen en deze week gebeurt.",
      next = "jargon",
    },
    {
      text = "Fatma, wil jij uitleggen hoe het protocol werkt?",
      tags = { "doorschuiven" },
      effects = { vertrouwen = -1 },
      feedback = "Je collega kent het protocol goed, maar dit is hét moment om zelf te laten zien dat je verantwoordelijkheid neemt. Vraag haar gerust om aan te vullen, nadat jij het hebt uitgelegd.",
      next = "ib_uitleg",
    },
    {
      text = "Vandaag leg ik uw melding vast. Morgen praat ik met {kind}, daarna apart met de kinderen die meedoen, en met de groep, zonder {kind} aan te wijzen. De pleinwacht let extra op.",
      tags = { "verwachtingen", "protocol" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 2 },
      feedback = "Helder en concreet: wat, wie, wanneer, in gewone taal, in een paar zinnen. 'Zonder {kind} aan te wijzen' neemt een veelvoorkomende angst van gepeste kinderen weg: dat ze 'geklikt' hebben. Dit is wat de vader drie weken geleden had moeten horen.",
      next = "waarom_niet",
    },
    {
      text = "Eerst leg ik vandaag uw melding vast in ons leerlingvolgsysteem. Morgen praat ik met {kind} over wat er gebeurt en wat hij nodig heeft, daarna apart met de kinderen die pesten, dan met de hele groep, ook over de app. Hun ouders lichten wij zelf in, de pleinwacht let extra op, en mevrouw Kaya houdt als coördinator in de gaten of het werkt.",
      tags = { "verwachtingen", "monoloog" },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 1 },
      feedback = "Alles klopt, maar het is een monoloog: na de derde stap luistert een boze vader niet meer. Noem de eerste stappen, en vraag of hij vragen heeft.",
      next = "waarom_niet",
    },
  },
}

node "jargon" {
  speaker = "vader",
  mood = "verward",
  text = "No-blame? Dus niemand krijgt de schuld? Mijn zoon wordt uitgescholden en niemand krijgt de schuld?",
  choices = {
    {
      text = "Nee. Wie pest, wordt erop aangesproken. Daarnaast zetten we kinderen in die {kind} helpen.",
      tags = { "verwachtingen" },
      effects = { spanning = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 1 },
      feedback = "Goed: je haalt het misverstand weg in gewone woorden en maakt het concreet. Het misverstand laat zien waarom jargon riskant is.",
      next = "waarom_niet",
    },
    {
      text = "Het is een bewezen methode.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Je verdedigt het jargon in plaats van het uit te leggen. Voor een vader met een gepest kind klinkt 'niemand krijgt de schuld' als 'niemand wordt aangesproken'. Hij weet nog steeds niet wat er gaat gebeuren.",
      next = "waarom_niet",
    },
    {
      text = "No-blame betekent dat we niet met schuld beginnen, omdat kinderen dan dichtklappen. Uit onderzoek blijkt dat dat vaak beter werkt dan straffen.",
      tags = { "uitleg" },
      effects = { spanning = 1 },
      set = { protocol_uitgelegd = true },
      feedback = "Inhoudelijk juist, maar je legt de methode uit in plaats van wat er morgen gebeurt. En 'beter dan straffen' is precies wat hij niet wil horen.",
      next = "waarom_niet",
    },
  },
}

node "ib_uitleg" {
  speaker = "ib",
  mood = "neutraal",
  text = "Natuurlijk. We leggen de melding vast, de leerkracht praat met {kind}, met de kinderen die betrokken zijn en met de groep. Hun ouders worden door ons ingelicht. De pleinwacht let extra op. Ik houd als coördinator in de gaten of het werkt.",
  set = { protocol_uitgelegd = true },
  next = "ib_vader",
}

node "ib_vader" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Fijn. Maar wat doet ú dan? U bent zijn leerkracht.",
  choices = {
    {
      text = "Wat mevrouw Kaya zei, dat doe ik.",
      tags = { "vaag" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "De vader vraagt expliciet naar jóuw rol, en je verwijst opnieuw naar je collega. Daarmee bevestig je zijn beeld dat niemand zich eigenaar voelt.",
      next = "waarom_niet",
    },
    {
      text = "Morgenochtend praat ik als eerste met {kind}, rustig, buiten de klas. De gesprekken met de andere kinderen voer ik zelf.",
      tags = { "verwachtingen", "regie" },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je nu zelf concreet wordt. De vader wil zien dat de persoon die {kind} elke dag ziet, de verantwoordelijkheid neemt.",
      next = "waarom_niet",
    },
  },
}

node "waarom_niet" {
  speaker = "vader",
  mood = "gespannen",
  text = "En waarom is dit drie weken geleden dan niet gebeurd?",
  -- Een stilte die kost: hij stelt een rechtstreekse vraag over een fout van
  -- de school. Zwijgen klinkt hier als ontwijken.
  timeout = {
    seconds = 15,
    next = "geen_antwoord",
    score = { verwachtingen = -1 },
    effects = { spanning = 1 },
    tags = { "stilte" },
    feedback = "Hij vroeg je rechtstreeks waarom er niets gebeurde, en je zei niets. Na een vraag over een fout van de school klinkt stilte als ontwijken. Een kort, eerlijk antwoord ('dat had moeten gebeuren') was hier nodig.",
  },
  choices = {
    {
      text = "Mijn duocollega heeft het bij het hek gehoord, maar niet vastgelegd.",
      tags = { "collega" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Misschien feitelijk waar, maar je valt je collega af waar de vader bij is. Voor ouders is 'de school' één geheel; afschuiven maakt het vertrouwen in iedereen kleiner, ook in jou.",
      next = "collega_afvallen",
    },
    {
      text = "Het was een drukke periode, met de toetsen en de ouderavonden. Dat is geen excuus, maar het is wel eerlijk hoe het ging.",
      tags = { "defensief", "excuus" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "'Geen excuus, maar...' is toch een excuus. Voor de vader betekent het: andere dingen gingen voor mijn kind. Erken wat er misging, zonder uitleg die als rechtvaardiging klinkt.",
      next = function(s)
        if s.spanning >= 8 then return "escalatie" end
        return "protocol_helder"
      end,
    },
    {
      text = "Sorry, daar heeft u gelijk in.",
      tags = { "excuus" },
      -- Niet elk excuus werkt: zei de student eerder in dit gesprek al sorry
      -- (vlag excuus), dan haalt een tweede, kaal excuus niets meer weg.
      effect = function(s)
        if not s.flags.excuus then s.spanning = s.spanning - 1 end
      end,
      score = { verwachtingen = 1 },
      feedback = function(s)
        if s.flags.excuus then
          return "Je zei eerder in dit gesprek al sorry. Een tweede, los excuus raakt hem nauwelijks meer: wat nu telt, is wat de school anders gaat doen. Zeg dat erbij."
        end
        return "Een eerlijk excuus, maar kaal: 'ik' in plaats van 'wij', en zonder wat je nu anders doet. Hij wil weten dat het niet nog eens gebeurt."
      end,
      next = "protocol_helder",
    },
    {
      text = "Dat had wel moeten gebeuren. Wij hebben uw melding laten liggen, en dat spijt me. Daarom leg ik het vandaag vast.",
      tags = { "verantwoordelijkheid", "excuus" },
      effects = { spanning = -1 },
      -- Een eerste excuus met een daad erbij herstelt iets van het
      -- vertrouwen; na een eerder excuus helpt vooral de daad.
      effect = function(s)
        if not s.flags.excuus then s.vertrouwen = s.vertrouwen + 1 end
      end,
      score = { verwachtingen = 2 },
      feedback = function(s)
        if s.flags.excuus then
          return "Goed: 'wij' in plaats van 'zij', en meteen wat je nu anders doet. Je zei eerder al sorry; dat de melding vandaag wordt vastgelegd, overtuigt hem nu meer dan het excuus."
        end
        return "Sterk: 'wij' in plaats van 'zij', een excuus zonder 'maar', en meteen wat je nu anders doet. Zo herstel je vertrouwen na een fout van de school."
      end,
      next = "protocol_helder",
    },
  },
}

node "geen_antwoord" {
  speaker = "vader",
  mood = "afwijzend",
  text = "(Het blijft even stil.) Dus daar heeft u geen antwoord op. Dat dacht ik al.",
  effects = { vertrouwen = -1 },
  next = "protocol_helder",
}

node "collega_afvallen" {
  speaker = "ib",
  mood = "gespannen",
  text = "(Mevrouw Kaya schuift wat ongemakkelijk op haar stoel.) Ik denk dat we als school met z'n allen te weinig hebben gedaan, meneer Visser. Dat nemen we ons aan.",
  choices = {
    {
      text = "Ik zeg alleen hoe het gegaan is.",
      tags = { "defensief", "collega" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Je houdt vast aan je verklaring, ook nu je collega het als school oppakt. De vader ziet twee leerkrachten die het oneens zijn over wie er schuld heeft, en geen plan voor zijn zoon.",
      next = function(s)
        if s.spanning >= 8 then return "escalatie" end
        return "protocol_helder"
      end,
    },
    {
      text = "Mevrouw Kaya heeft gelijk. Het gaat niet om wie. Het is niet gebeurd, en dat spijt me.",
      tags = { "verantwoordelijkheid", "excuus" },
      set = { excuus = true },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je de aanvulling van je collega overneemt en alsnog verantwoordelijkheid neemt als school. Het afvallen heeft de vader wel gehoord.",
      next = "protocol_helder",
    },
  },
}

node "protocol_helder" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 5 then return "neutraal" end
    return "afwijzend"
  end,
  text = function(s)
    if s.vertrouwen >= 5 then return "Oké. Dat is meer dan ik had verwacht. Maar hoe weet ik of het werkt?" end
    return "Allemaal mooi. Maar hoe weet ik dat het deze keer wél gebeurt?"
  end,
  -- Ook hier kost zwijgen: hij vraagt om iets controleerbaars.
  timeout = {
    seconds = 15,
    next = "afspraak_sem",
    score = { afspraken = -1 },
    effects = { vertrouwen = -1 },
    tags = { "stilte" },
    feedback = "Hij vroeg hoe hij kan weten dat het deze keer wél gebeurt, en er kwam geen antwoord. Juist na drie weken 'we letten erop' heeft hij iets nodig wat hij kan controleren: een belmoment, een datum.",
  },
  choices = {
    {
      text = "Over twee weken is er een vervolggesprek, dat staat in het protocol. En als er tussendoor iets is, kunt u altijd mailen, bellen of langskomen, bij mij of bij mevrouw Kaya.",
      tags = { "afspraken" },
      set = { vervolg = true },
      score = { afspraken = 1 },
      feedback = "Het vervolggesprek klopt, maar zonder datum, en 'altijd mailen of bellen' is ruim en vaag. Hij wil weten wanneer híj iets hoort, zonder dat hij erachteraan moet.",
      next = "afspraak_sem",
    },
    {
      text = "U kunt erop vertrouwen dat het deze keer goed komt.",
      tags = { "vaag", "belofte" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Na drie weken 'we letten erop' vraagt de vader om iets controleerbaars. 'Vertrouw maar' is precies wat hij niet meer kan.",
      next = "afspraak_sem",
    },
    {
      text = "Vrijdag bel ik u over de eerste dagen. En over twee weken zitten we hier weer, met mevrouw Kaya.",
      tags = { "afspraken" },
      effects = { spanning = -1 },
      set = { vervolg = true },
      score = { afspraken = 2 },
      feedback = "Precies wat het protocol vraagt en wat de vader nodig heeft: een vervolggesprek binnen twee weken en een belmoment ertussen. Controleerbaar, en hij hoeft er niet zelf achteraan.",
      next = "afspraak_sem",
    },
    {
      text = "Garanderen kan ik het niet. Pesten is hardnekkig.",
      tags = { "eerlijk" },
      effects = { spanning = 1 },
      feedback = "Eerlijk, en het is waar. Maar hij vroeg hoe hij kan zien óf het gebeurt, niet of het lukt. Geef hem een moment waarop hij het hoort.",
      next = "afspraak_sem",
    },
  },
}

---------------------------------------------------------------------------
-- Afspraken voor thuis en voor Sem
---------------------------------------------------------------------------

node "afspraak_sem" {
  speaker = "vader",
  mood = "neutraal",
  text = "En wat doe ik thuis? In de groepsapp gaat het ook door. Moet ik die van zijn telefoon halen?",
  choices = {
    {
      text = "Wat denkt u zelf? En wat zou {kind} willen?",
      tags = { "lsd", "aansluiten" },
      score = { afspraken = 1 },
      feedback = "Je betrekt de vader en {kind} bij de beslissing. Goed, maar hij vroeg ook wat hij kan doen. De school heeft bijvoorbeeld screenshots van de app nodig.",
      next = "naast",
    },
    {
      text = "Ik zou die app gewoon van zijn telefoon halen.",
      tags = { "oma" },
      score = { afspraken = -1 },
      feedback = "Een ongevraagd advies (OMA) over iets wat thuis beslist wordt. En het kan averechts werken: {kind} raakt dan ook buiten de groep, en het bewijs verdwijnt.",
      next = "naast",
    },
    {
      text = "Stuur mij screenshots van wat er in de app gebeurt. Over de app zelf beslist u, samen met {kind}.",
      tags = { "afspraken" },
      score = { afspraken = 2 },
      feedback = "Concreet en haalbaar: wat de school van thuis nodig heeft, en de beslissing over de app laat je bij vader en zoon.",
      next = "naast",
    },
  },
}

node "naast" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.privacy_geschonden then
      return "Nog één ding. Die {ander}, met zijn ouders die uit elkaar zijn. Zit die morgen gewoon weer naast {kind}?"
    end
    return "Nog één ding. Die {ander}. Zit die morgen gewoon weer naast {kind}?"
  end,
  choices = {
    {
      text = "Ik zet {ander} achter in de klas, ver bij {kind} vandaan.",
      tags = { "privacy", "belofte" },
      score = { privacy = -1 },
      feedback = "Bedoeld om gerust te stellen, maar je bespreekt opnieuw een maatregel voor een ander kind. Formuleer het vanuit {kind}: wat doe jij om hém veilig te laten zitten?",
      next = "check",
    },
    {
      text = "Dat weet ik nog niet. Daar kijk ik morgen naar met mevrouw Kaya.",
      tags = { "vaag" },
      effects = { spanning = 1 },
      feedback = "Eerlijk, en je zegt niets over het andere kind. Maar zijn echte vraag is: zit mijn zoon morgen veilig? Daar kun je vanuit {kind} al iets over zeggen.",
      next = "check",
    },
    {
      text = "Ik vraag {kind} morgen naast wie hij zich veilig voelt. Daar zet ik hem.",
      tags = { "privacy", "afspraken" },
      score = { privacy = 2, afspraken = 1 },
      feedback = "Heel netjes: je beantwoordt de zorg onder zijn vraag (zit mijn kind veilig?) vanuit {kind}, en je zegt niets over het andere kind.",
      next = "check",
    },
  },
}

node "check" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 5 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.vertrouwen >= 5 then return "Goed. Ik hoop het echt." end
    return "We zullen zien."
  end,
  choices = {
    {
      text = "Heeft u verder nog vragen?",
      tags = { "afsluiten" },
      feedback = "Een open einde, maar je gaat niet na of jullie hetzelfde hebben verstaan. Na drie weken misverstand is een korte samenvatting, op papier, goud waard.",
      next = "afsluiting",
    },
    {
      text = "Zullen we de afspraken op een rij zetten? Fatma, wil jij ze vandaag vastleggen en naar meneer Visser mailen?",
      tags = { "afspraken", "check" },
      set = { vastgelegd = true },
      score = { afspraken = 2 },
      feedback = "Sterk: je sluit af met een gezamenlijke samenvatting en legt de afspraken op papier, met een taak voor je collega. Zo wordt 'we letten erop' eindelijk iets wat te controleren is.",
      next = "samenvatting",
    },
    {
      text = "Fijn dat u gekomen bent. We houden contact.",
      tags = { "afsluiten", "vaag" },
      score = { afspraken = -1 },
      feedback = "Vriendelijk, maar 'we houden contact' lijkt op 'we letten erop'. Zet de afspraken op een rij, zodat hij weet wie wat doet.",
      next = "afsluiting",
    },
  },
}

node "samenvatting" {
  speaker = "ib",
  mood = "neutraal",
  text = function(s)
    local t = "Doe ik. Melding vandaag vastgelegd, gesprek met {kind} morgen, gesprekken met de betrokken kinderen en de groep deze week, extra toezicht in de pauze"
    if s.flags.vervolg then return t .. ", en over twee weken zitten we hier weer." end
    return t .. ". Al merk ik dat we nog geen datum hebben voor het vervolggesprek. Zullen we dat binnen twee weken plannen?"
  end,
  next = "afsluiting",
}

node "afsluiting" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.vertrouwen >= 5 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.privacy_geschonden then return "Goed. Ik heb in elk geval wat meer over die {ander} gehoord." end
    if s.flags.bellen then return "Bel maar. Maar ik ga ook naar de directeur." end
    if s.flags.straf_beloofd then return "Goed. Dan hoor ik morgen over die straf." end
    if s.vertrouwen >= 5 then return "Dank u. Ik zie het eerst en dan geloof ik het. Maar dit is een begin." end
    return "Goed. We zullen zien of het deze keer wel gebeurt."
  end,
  next = function(s)
    if s.flags.privacy_geschonden then return "privacy_lek" end
    if s.spanning >= 8 then return "klacht" end
    if s.flags.straf_beloofd then return "loze_belofte" end
    if s.flags.vervolg and s.flags.protocol_uitgelegd and s.vertrouwen >= 5 then return "veilig_plan" end
    return "plan_op_papier"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "veilig_plan" {
  title = "Eindelijk een plan",
  outcome = "good",
  text = function(s)
    if s.flags.vastgelegd then
      return "De melding staat vast, de afspraken staan op papier en de pleinwacht let op. Na twee weken zegt {kind} thuis dat hij weer zin heeft in de pauze. De vader blijft alert, maar hij weet nu bij wie hij terechtkan, en hij belt je zelf als er iets is."
    end
    return "De vader vertrekt met een plan en een datum voor het vervolggesprek. Het vertrouwen is nog broos, maar jullie staan weer aan dezelfde kant."
  end,
}

ending "plan_op_papier" {
  title = "Een plan, maar nog geen vertrouwen",
  outcome = "mixed",
  text = "Er is een aanpak, maar de vader weet niet goed wanneer hij wat kan verwachten, of gelooft nog niet dat het gebeurt. Als het de komende week niet zichtbaar beter gaat met {kind}, staat hij bij de directeur.",
}

ending "loze_belofte" {
  -- Een straf beloofd voor een ander kind: hooguit voldoende.
  grade_cap = "voldoende",
  title = "Een belofte die je niet mag doen",
  outcome = "mixed",
  text = "De aanpak voor {kind} is goed, maar je hebt een straf voor {ander} toegezegd. Als die er de volgende dag niet is, voelt de vader zich opnieuw aan het lijntje gehouden, en alle goede stappen raken daardoor ondergesneeuwd.",
}

ending "privacy_lek" {
  -- Een ernstige professionele fout: wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Te veel gezegd",
  outcome = "bad",
  text = "De vader weet nu iets over de thuissituatie van {ander}. Een week later hoor je van een andere ouder dat het op het schoolplein rondgaat. De ouders van {ander} dienen een klacht in, en het vertrouwen van beide gezinnen in jou is beschadigd.",
}

ending "klacht" {
  -- Een pestmelding opnieuw laten liggen: de vader vertrekt zonder plan.
  grade_cap = "onvoldoende",
  title = "Een klacht bij de directeur",
  outcome = "bad",
  text = function(s)
    if s.flags.bellen then
      return "De vader vertrekt. Morgen bel je hem, zoals je vroeg, maar hij neemt niet op: hij heeft de directeur al gemaild. Voor {kind} verandert er deze week niets."
    end
    return "De vader vertrekt boos en dient een klacht in bij de directeur: hij gelooft niet meer dat de school iets doet. Zijn energie gaat nu naar de klacht, niet naar {kind}, en die heeft morgen weer buikpijn."
  end,
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Het modelpad: eerst laten uitrazen (t), dan samenvatten, doorvragen naar
-- wat Sem zelf zegt, de grens over het andere kind, het protocol in gewone
-- taal, excuses namens de school, een belmoment en een vervolggesprek.
plan "stilte_pad" {
  choices = "t,1,1,3,3,3,4,3,3,3,2",
  ending = "veilig_plan",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { lsd = 7, verwachtingen = 5, afspraken = 7, privacy = 4 },
}

-- Meteen samenvatten in plaats van eerst te zwijgen: ook goed.
plan "beste_pad" {
  choices = "3,1,3,3,3,4,3,3,3,2",
  ending = "veilig_plan",
  outcome = "good",
  grade = "goed",
  overall = 0.964,
}

plan "slechtste_pad" {
  choices = "2,3,1",
  ending = "klacht",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Steeds half goed: het plan te vroeg, een monoloog, een kaal excuus, een
-- vaag vervolg. Er is een plan, maar geen vertrouwen.
plan "middenpad" {
  choices = "3,4,2,2,3,4,3,3,1,2,2",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.607,
}

-- De vader hoort de aanpak al voordat hij is uitgepraat: zijn reactie gaat
-- over klikken met "die kinderen" (de tekst van te_snel hangt ervan af).
plan "te_vroeg_pad" {
  choices = "3,4,2,3,3,3,4,3,3,3,2",
  ending = "veilig_plan",
  outcome = "good",
  grade = "goed",
}

-- Een goed gesprek met één ernstige fout: het cijfer is een gemiddelde over de
-- competenties, maar het einde begrenst het oordeel tot onvoldoende. De vader
-- komt er aan het eind op terug (tekst van "naast").
plan "privacy_pad" {
  choices = "3,1,3,1,2,3,4,3,3,3,2",
  ending = "privacy_lek",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.661,
}

-- Een straf beloofd voor het andere kind en niet teruggenomen: hooguit voldoende.
plan "straf_belofte_pad" {
  choices = "3,1,3,4,1,3,4,3,3,3,2",
  ending = "loze_belofte",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.576,
}

-- Zwijgen op de vraag waarom er niets gebeurde: dat kost (knoop geen_antwoord).
plan "zwijgen_op_vraag" {
  choices = "3,1,3,3,3,t,3,3,3,2",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "goed",
  overall = 0.814,
}

-- Eerst verdedigen, dan herstellen, en later nog eens een kaal "sorry": het
-- tweede excuus haalt niets meer weg (feedback en spanning hangen af van de
-- vlag excuus).
plan "tweede_excuus" {
  choices = "2,2,1,3,3,3,3,3,3,3,2",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "goed",
  overall = 0.807,
}

-- Twee keer vastgelopen: na het eerste herstel (metacommunicatie) is er de
-- tweede keer geen herstel meer, alleen een afkoelmoment. De vader gaat toch
-- naar de directeur.
plan "tweede_escalatie" {
  choices = "2,1,2,1,2,2,2",
  ending = "klacht",
  outcome = "bad",
  grade = "onvoldoende",
}

-- De groepsapp afgedaan als iets van thuis; de intern begeleider corrigeert.
plan "app_buiten_pad" {
  choices = "t,3,2,1,3,3,3,4,3,3,3,2",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "goed",
}
