-- "De school doet niets": een pestmelding
-- Een vader meldt dat zijn zoon gepest wordt en vindt dat de school niets doet.
-- De intern begeleider (tevens anti-pestcoördinator) zit bij het gesprek; jij voert het.
-- Oefent: serieus nemen, samenvatten, het protocol helder uitleggen, concreet afspreken,
-- een vervolggesprek binnen twee weken, en NIET praten over het andere kind.

scenario {
  id = "pesten",
  version = 1,
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

meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 2, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 8, visible = true }

competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken: wat de school wel en niet doet", weight = 2 }
competency "afspraken" { label = "Concrete afspraken en vervolg", weight = 2 }
competency "privacy" { label = "Zorgvuldig met informatie over andere kinderen", weight = 2 }

-- Na een zijpad: is het protocol al uitgelegd, dan door naar de afspraken; anders eerst het protocol.
local function verder(s)
  if s.flags.protocol_uitgelegd then return "check" end
  return "protocol"
end

---------------------------------------------------------------------------
-- Opening: de boosheid
---------------------------------------------------------------------------

node "begin" {
  speaker = "vader",
  mood = "boos",
  text = "Drie weken geleden heb ik bij het hek gezegd dat {kind} gepest wordt. 'We letten erop,' zei uw collega. En gisteren wilde hij niet naar school. Buikpijn. De school doet gewoon niets.",
  -- Eerst laten uitrazen: één punt voor de stilte zelf; de samenvatting die erop
  -- volgt (knoop "uitrazen") scoort apart.
  timeout = {
    seconds = 20,
    next = "uitrazen",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = "Goed: je liet de vader eerst uitrazen. Een boze ouder kan pas luisteren als zijn boosheid ruimte heeft gekregen; uitleg of verweer op dit moment klinkt als 'de school doet weer niets'. Door te zwijgen en te knikken gaf je hem die ruimte zonder iets weg te geven. Stilte laten vallen is hier een vorm van serieus nemen. Laat daarna met een samenvatting merken dat je het gehoord hebt.",
  },
  choices = {
    {
      text = "Dat klopt niet helemaal. Mijn duocollega heeft het aan mij doorgegeven, en we hebben er in de klas op gelet.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -2 },
      feedback = "Je verdedigt de school terwijl de vader vertelt dat zijn kind buikpijn heeft van school. 'Opletten' is bovendien precies wat hij te weinig vindt. Eerst erkennen, dan pas uitleggen.",
      next = "verdediging",
    },
    {
      text = "Wat vervelend. Ik ga er meteen iets aan doen, dat beloof ik.",
      tags = { "belofte" },
      effects = { spanning = -1 },
      score = { verwachtingen = -1 },
      feedback = "Goedbedoeld, maar vaag en te snel: je weet nog niet wat er speelt, en 'iets doen' is precies wat hij drie weken geleden ook hoorde. Luister eerst.",
      next = "belofte",
    },
    {
      text = "Daarvoor zit mevrouw Kaya erbij. Zij is onze anti-pestcoördinator.",
      tags = { "doorschuiven" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Je schuift het gesprek door naar je collega. Voor de vader voelt dat als opnieuw van het kastje naar de muur. {kind} zit bij jóu in de klas: houd zelf de regie.",
      next = "ib_doorschuif",
    },
    {
      text = "{kind} wilde gisteren niet naar school. Dat is heftig om te zien als vader. En u heeft het gevoel dat er met uw melding niets is gebeurd.",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 3 },
      feedback = "Sterk: je vat de feiten én het gevoel samen, en je verdedigt niets. Dat verlaagt de spanning meer dan welke uitleg ook.",
      next = "gehoord",
    },
  },
}

node "uitrazen" {
  speaker = "vader",
  mood = "gespannen",
  text = "(Je zegt niets en knikt. Dennis ademt uit.) Hij staat in de pauze alleen. En in de groepsapp noemen ze hem 'de vette'. Ik heb screenshots. Wat moet ik daar nou mee?",
  effects = { spanning = -1 },
  choices = {
    {
      text = "De groepsapp valt buiten school. Daar kunnen wij weinig mee.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -2, lsd = -1 },
      feedback = "Formeel is de app van de ouders, maar wat daar gebeurt, gaat mee de klas in. Een school kan er in de groep wel degelijk iets mee. Zo klinkt het als de zoveelste afwijzing.",
      next = "app_buiten",
    },
    {
      text = "Dus hij wordt in de pauze buitengesloten, en in de groepsapp uitgescholden. En u heeft er screenshots van. Dat zijn ernstige dingen.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { app_bekend = true },
      score = { lsd = 3 },
      feedback = "Je stilte gaf de vader ruimte om zijn verhaal te doen, en je samenvatting laat zien dat je het serieus neemt. Stilte en samenvatten samen: klassiek en effectief.",
      next = "gehoord",
    },
  },
}

node "verdediging" {
  speaker = "vader",
  mood = "boos",
  text = "Opgelet. En ondertussen heeft mijn zoon buikpijn.",
  choices = {
    {
      text = "We kunnen ook niet overal tegelijk zijn.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Tweede verdediging op rij. Op de Roos van Leary gaan jullie samen 'tegen': hij harder, jij harder. Zo escaleert het.",
      next = "escalatie",
    },
    {
      text = "U heeft gelijk. Opletten was niet genoeg. Het spijt me dat {kind} hier zo onder lijdt. Vertelt u mij wat er gebeurt?",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed herstel: je erkent wat er misging, zonder je collega de schuld te geven, en je vraagt open door. Dat opent het gesprek.",
      next = "gehoord",
    },
  },
}

node "ib_doorschuif" {
  speaker = "ib",
  mood = "neutraal",
  text = "Ik denk zeker mee, meneer Visser. Maar {kind} zit bij mijn collega in de klas. Misschien is het goed als u eerst samen bespreekt wat er gebeurt.",
  choices = {
    {
      text = "Klopt. Meneer Visser, wilt u mij vertellen wat er met {kind} gebeurt?",
      tags = { "lsd", "regie" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Goed dat je de regie terugneemt. Een samenvatting van wat hij al vertelde (buikpijn, drie weken) had nog meer erkenning gegeven.",
      next = "gehoord",
    },
    {
      text = "Zij weet echt meer van het protocol dan ik.",
      tags = { "doorschuiven" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Je collega geeft het gesprek terug, en jij schuift het opnieuw door. De vader ziet twee professionals die geen van beiden verantwoordelijkheid nemen.",
      next = "escalatie",
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
      feedback = "Nog een belofte zonder inhoud. Vertrouwen herstel je niet met woorden, maar met concrete stappen, en die kun je pas noemen als je weet wat er speelt.",
      next = "gehoord",
    },
    {
      text = "U heeft gelijk, beloven is makkelijk. Laat me eerst goed horen wat er gebeurt. Daarna vertel ik u precies wat we gaan doen, en wanneer.",
      tags = { "lsd", "verwachtingen" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = "Mooi: je erkent zijn wantrouwen en belooft iets wat je wél kunt waarmaken: luisteren en concreet worden. Zo leg je de verwachting voor de rest van het gesprek vast.",
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
      effects = { spanning = 1, vertrouwen = -2 },
      score = { lsd = -1 },
      feedback = "Procedureel correct, maar je laat een vader met een gepest kind gaan zonder plan. De klachtenregeling is een uitweg voor hem, geen oplossing voor {kind}.",
      next = "klacht",
    },
    {
      text = "Dat kan, en dat begrijp ik. Mag ik eerst iets zeggen? Ik merk dat ik me verdedig, en dat helpt {kind} niet. U heeft drie weken gewacht en uw zoon heeft buikpijn. Dat is niet goed gegaan. Ik wil nu met u bespreken wat we gaan doen.",
      when = function(s) return not s.flags.eerder_hersteld end,
      tags = { "lsd", "metacommunicatie" },
      effects = { spanning = -3, vertrouwen = 2 },
      set = { eerder_hersteld = true },
      score = { lsd = 2 },
      feedback = "Knap: je benoemt je eigen gedrag (metacommunicatie), erkent wat er misging en brengt het gesprek terug naar {kind}. Van 'tegen' naar 'samen' op de Roos van Leary.",
      next = "herstart",
    },
    {
      text = "Ik begrijp dat u nu weg wilt. Mag ik u morgen bellen om de afspraken voor {kind} rustig door te nemen?",
      when = function(s) return s.flags.eerder_hersteld == true end,
      tags = { "lsd", "afspraken" },
      effects = { spanning = -1 },
      score = { afspraken = 1 },
      feedback = "Als een gesprek voor de tweede keer vastloopt, is een afkoelmoment verstandig. Goed dat je de deur openhoudt met een concreet belmoment. Wel jammer dat je grens over het andere kind zo hard aankwam.",
      next = "afsluiting",
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
      text = "Dank je, Fatma, dat is een goede aanvulling. Meneer Visser, wat ik net zei klopte niet. Wat gebeurt er precies, in de pauze en in de app?",
      tags = { "lsd", "regie" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { app_bekend = true },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = "Sterk: je neemt de correctie van je collega open aan, herstelt je fout tegenover de vader en vraagt door. Zo blijf je samen één school.",
      next = "gehoord",
    },
    {
      text = "Ja, dat bedoelde ik eigenlijk ook.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      set = { app_bekend = true },
      score = { lsd = -1 },
      feedback = "Je redt je gezicht, maar de vader hoorde wat je eerst zei. Eerlijk toegeven ('dat klopte niet') geeft meer vertrouwen dan recht praten.",
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
      return "Ja. Precies dat. En het gaat al weken zo."
    end
    return "Ja. En het is niet alleen op het plein. In de groepsapp noemen ze hem 'de vette'. Ik heb screenshots."
  end,
  choices = {
    {
      text = "Ik ga morgen meteen een groepsgesprek houden.",
      tags = { "oplossing" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Actie is goed, maar je springt naar een oplossing voordat je weet wat {kind} zelf ervaart en wil. Een groepsgesprek zonder voorbereiding kan het voor hem zelfs erger maken.",
      next = "te_snel",
    },
    {
      text = "Wat vertelt {kind} er zelf over?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 2 },
      feedback = "Een open vraag die het kind centraal zet. Wat {kind} zelf ervaart en wil, is het vertrekpunt van elke aanpak.",
      next = "sem_vertelt",
    },
    {
      text = "Weet u wie het doen?",
      tags = { "doorvragen", "feiten" },
      score = { lsd = 1 },
      feedback = "Een zakelijke vraag die je nodig hebt voor de melding. Prima, maar je mist de kans om eerst te vragen hoe het met {kind} zelf gaat. Let op: de vader gaat nu over het andere kind beginnen.",
      next = "andere_kind",
    },
  },
}

node "te_snel" {
  speaker = "vader",
  mood = "gespannen",
  text = "Een groepsgesprek? Dan weet iedereen dat hij geklikt heeft. Dan wordt het alleen maar erger.",
  choices = {
    {
      text = "Daar heeft u een punt. Ik ging te snel. Wat vertelt {kind} er zelf over, en wat zou hij willen?",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed dat je zijn zorg serieus neemt en terugschakelt naar luisteren. De vader kent zijn kind; zijn inschatting is waardevolle informatie.",
      next = "sem_vertelt",
    },
    {
      text = "Nee hoor, dat doe ik heel algemeen. Dat gaat goed.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je wuift een terechte zorg weg. Kinderen die gepest worden, zijn vaak bang voor 'klikken'. Neem dat mee in je aanpak.",
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
      text = "Hij schaamt zich, en hij vertelt het pas nu. En u stond erbij en wist even niet wat u moest zeggen. Dat is machteloos.",
      tags = { "lsd" },
      effects = { vertrouwen = 2, spanning = -1 },
      score = { lsd = 3 },
      feedback = "Uitstekend: je vat het verhaal van {kind} samen én het gevoel van de vader (machteloos). Je gaat niet in op de naam die hij noemt, maar op wat hij meemaakte.",
      next = "andere_kind",
    },
    {
      text = "Schaamte is heel normaal bij pesten, hoor.",
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Een algemeenheid (een mening, OMA) op een heel persoonlijk moment. De vader vertelt over zíjn huilende zoon; blijf daarbij.",
      next = "andere_kind",
    },
  },
}

---------------------------------------------------------------------------
-- Het andere kind (komt twee keer terug)
---------------------------------------------------------------------------

node "andere_kind" {
  speaker = "vader",
  mood = function(s)
    if s.flags.luuk_gevraagd then return "gespannen" end
    return "boos"
  end,
  text = function(s)
    if s.flags.luuk_gevraagd then
      return "Nog één ding. Die {ander}. Zit die morgen gewoon weer naast {kind}?"
    end
    return "En wat gaat er met die {ander} gebeuren? Worden zijn ouders gebeld? Ik wil dat hij gestraft wordt."
  end,
  next = verder,
  choices = {
    {
      text = "{ander} heeft het thuis ook niet makkelijk. Zijn ouders zijn net uit elkaar.",
      when = function(s) return not s.flags.luuk_gevraagd end,
      tags = { "privacy" },
      effects = { spanning = 1 },
      set = { luuk_gevraagd = true, privacy_geschonden = true },
      score = { privacy = -3 },
      feedback = "Dit mag niet: je deelt vertrouwelijke informatie over een ander kind en zijn gezin. Bovendien klinkt het als een excuus voor het pesten. Over andere kinderen praat je niet, ook niet om begrip te kweken.",
      next = "privacy_fout",
    },
    {
      text = "Ik begrijp dat u dat wilt weten. Over andere kinderen vertel ik niets, net zoals ik met andere ouders niet over {kind} praat. Wat ik wél kan zeggen: we praten met alle kinderen die erbij betrokken zijn, en hun ouders worden door ons ingelicht.",
      when = function(s) return not s.flags.luuk_gevraagd end,
      tags = { "privacy", "verwachtingen" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { luuk_gevraagd = true },
      score = { privacy = 2, verwachtingen = 1 },
      feedback = "Precies goed: je erkent zijn vraag, legt uit waarom je er niet op ingaat (en dat het {kind} ook beschermt), en vertelt wat er wél gebeurt. Een grens met een reden en een perspectief.",
      next = verder,
    },
    {
      text = "Hij wordt geschorst, daar zorg ik voor.",
      when = function(s) return not s.flags.luuk_gevraagd end,
      tags = { "belofte", "privacy" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { luuk_gevraagd = true, straf_beloofd = true },
      score = { privacy = -1, verwachtingen = -2 },
      feedback = "Je belooft een maatregel over een ander kind, die jij niet eens mag nemen (schorsen is aan de directeur, met een procedure). En je praat met deze vader over dat kind. Dubbel mis.",
      next = "belofte_straf",
    },
    {
      text = "Dat gaat u niets aan.",
      when = function(s) return not s.flags.luuk_gevraagd end,
      tags = { "privacy", "defensief" },
      effects = { spanning = 3, vertrouwen = -2 },
      set = { luuk_gevraagd = true },
      score = { privacy = 1, lsd = -2 },
      feedback = "De grens zelf klopt, maar zo gebracht voelt het als een klap in zijn gezicht. Een grens zonder uitleg en zonder begrip is 'boven-tegen'. Zeg waarom je het niet bespreekt, en wat je wél doet.",
      next = "escalatie",
    },
    {
      text = "Ik zet {ander} achter in de klas, ver bij {kind} vandaan.",
      when = function(s) return s.flags.luuk_gevraagd == true end,
      tags = { "privacy", "belofte" },
      score = { privacy = -1 },
      feedback = "Bedoeld om gerust te stellen, maar je bespreekt opnieuw een maatregel voor een ander kind. Formuleer het vanuit {kind}: wat doe jij om hém veilig te laten zitten?",
      next = "check",
    },
    {
      text = "Ik zorg dat {kind} morgen naast iemand zit bij wie hij zich veilig voelt. Dat vraag ik hem zelf. Over andere kinderen kan ik verder niets zeggen.",
      when = function(s) return s.flags.luuk_gevraagd == true end,
      tags = { "privacy", "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { privacy = 2, afspraken = 1 },
      feedback = "Heel netjes: je beantwoordt de zorg onder zijn vraag (zit mijn kind veilig?) vanuit {kind}, en houdt je grens over het andere kind vriendelijk vast.",
      next = "check",
    },
  },
}

node "privacy_fout" {
  speaker = "ib",
  mood = "gespannen",
  text = "(Mevrouw Kaya kijkt je even aan.) Over andere kinderen en hun thuissituatie praten we niet, meneer Visser. Laten we het bij {kind} houden.",
  choices = {
    {
      text = "Mevrouw Kaya heeft gelijk. Dat had ik niet moeten zeggen, en ik vraag u het voor u te houden. Laten we het over {kind} hebben.",
      tags = { "privacy", "herstel" },
      effects = { vertrouwen = -1 },
      score = { privacy = 1 },
      feedback = "Goed dat je je fout direct erkent en om discretie vraagt. Terugdraaien kan het niet meer: de informatie is gedeeld. Onthoud dit moment voor een volgend gesprek.",
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
      text = "Wacht, dat had ik niet mogen zeggen. Wat er met {ander} gebeurt, bespreken we met hem en zijn ouders, niet met u. Dat geldt andersom ook voor {kind}. Wel vertel ik u precies wat we voor {kind} gaan doen.",
      tags = { "privacy", "verwachtingen" },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { straf_beloofd = false },
      score = { privacy = 1, verwachtingen = 2 },
      feedback = "Moedig hersteld: je neemt een belofte terug die je niet kon doen, met uitleg, en je wijst naar wat je wél doet. Dat kost nu iets, maar voorkomt een groot conflict volgende week.",
      next = verder,
    },
    {
      text = "Ik ga het regelen.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Je laat een belofte staan die je niet kunt waarmaken. Als {ander} morgen gewoon in de klas zit, is het vertrouwen van de vader definitief weg.",
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
      text = "Fatma, wil jij uitleggen hoe het protocol werkt?",
      tags = { "doorschuiven" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = 0 },
      feedback = "Je collega kent het protocol goed, maar dit is hét moment om zelf te laten zien dat je verantwoordelijkheid neemt. Vraag haar gerust om aan te vullen, nadat jij het hebt uitgelegd.",
      next = "ib_uitleg",
    },
    {
      text = "Vandaag leg ik uw melding vast. Morgen praat ik met {kind}: wat gebeurt er, en wat heeft hij nodig? Daarna praat ik apart met de kinderen die erbij betrokken zijn, en met de groep over hoe we met elkaar omgaan, ook in de app, zonder {kind} aan te wijzen. Hun ouders lichten wij zelf in. En de pleinwacht let vanaf morgen extra op hem.",
      tags = { "verwachtingen", "protocol" },
      effects = { vertrouwen = 2, spanning = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 3 },
      feedback = "Helder en concreet: wat, wie, wanneer, in gewone taal. Je neemt ook zijn zorg over 'klikken' mee. Dit is wat de vader drie weken geleden had moeten horen.",
      next = "waarom_niet",
    },
    {
      text = "We volgen het anti-pestprotocol: registratie in het leerlingvolgsysteem, een no-blame-aanpak met een steungroep, en we nemen een sociogram af.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = "Vakjargon (no-blame, steungroep, sociogram) zegt de vader niets en klinkt als papier. Vertel in gewone woorden wat er morgen en deze week gebeurt.",
      next = "jargon",
    },
  },
}

node "jargon" {
  speaker = "vader",
  mood = "verward",
  text = "No-blame? Dus niemand krijgt de schuld? Mijn zoon wordt uitgescholden en niemand krijgt de schuld?",
  choices = {
    {
      text = "Het is een bewezen methode.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = -1 },
      feedback = "Je verdedigt het jargon in plaats van het uit te leggen. Voor een vader met een gepest kind klinkt 'niemand krijgt de schuld' als 'niemand wordt aangesproken'.",
      next = "waarom_niet",
    },
    {
      text = "Zo klinkt het, dat begrijp ik. Ik zeg het gewoner: de kinderen die pesten, worden er wel op aangesproken, en er zijn gevolgen als het doorgaat. Maar we zetten ook kinderen in om {kind} te helpen. Concreet: morgen praat ik met {kind}, daarna met de betrokken kinderen, dan met de groep. De pleinwacht let extra op.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 2 },
      feedback = "Goed: je erkent zijn misverstand, legt het in gewone woorden uit en maakt het concreet. Het misverstand laat zien waarom jargon riskant is.",
      next = "waarom_niet",
    },
  },
}

node "ib_uitleg" {
  speaker = "ib",
  mood = "neutraal",
  text = "Natuurlijk. We leggen de melding vast, de leerkracht praat met {kind}, met de kinderen die betrokken zijn en met de groep. Hun ouders worden door ons ingelicht. De pleinwacht let extra op. Ik houd als coördinator in de gaten of het werkt.",
  next = "ib_vader",
}

node "ib_vader" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Fijn. Maar wat doet ú dan? U bent zijn leerkracht.",
  choices = {
    {
      text = "Morgenochtend praat ik als eerste met {kind}, rustig, buiten de klas. Ik vraag wat er gebeurt en wat hij nodig heeft. Deze week voer ik de gesprekken met de betrokken kinderen en de groep zelf.",
      tags = { "verwachtingen", "regie" },
      effects = { vertrouwen = 1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = 2 },
      feedback = "Goed dat je nu zelf concreet wordt. De vader wil zien dat de persoon die {kind} elke dag ziet, de verantwoordelijkheid neemt.",
      next = "waarom_niet",
    },
    {
      text = "Wat mevrouw Kaya zei, dat doe ik.",
      tags = { "vaag" },
      effects = { vertrouwen = -1 },
      set = { protocol_uitgelegd = true },
      score = { verwachtingen = -1 },
      feedback = "De vader vraagt expliciet naar jóuw rol, en je verwijst opnieuw naar je collega. Daarmee bevestig je zijn beeld dat niemand zich eigenaar voelt.",
      next = "waarom_niet",
    },
  },
}

node "waarom_niet" {
  speaker = "vader",
  mood = "gespannen",
  text = "En waarom is dit drie weken geleden dan niet gebeurd?",
  choices = {
    {
      text = "Het was een drukke periode, met de toetsen en de ouderavonden.",
      tags = { "defensief", "excuus" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Een excuus in plaats van excuses. Voor de vader betekent het: andere dingen gingen voor mijn kind. Erken wat er misging, zonder uitleg die als rechtvaardiging klinkt.",
      next = "protocol_helder",
    },
    {
      text = "Mijn duocollega heeft het bij het hek gehoord, maar niet vastgelegd.",
      tags = { "collega" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Misschien feitelijk waar, maar je valt je collega af waar de vader bij is. Voor ouders is 'de school' één geheel; afschuiven maakt het vertrouwen in iedereen kleiner, ook in jou.",
      next = "collega_afvallen",
    },
    {
      text = "Dat had wel moeten gebeuren. Wij hebben uw melding niet goed opgepakt, en daarvoor bied ik u excuses aan. Daarom leg ik het vandaag nog vast.",
      tags = { "verantwoordelijkheid" },
      effects = { vertrouwen = 2, spanning = -1 },
      score = { verwachtingen = 2 },
      feedback = "Sterk: 'wij' in plaats van 'zij', een echte excuses zonder 'maar', en meteen de koppeling aan wat je nu anders doet. Zo herstel je vertrouwen na een fout van de school.",
      next = "protocol_helder",
    },
  },
}

node "collega_afvallen" {
  speaker = "ib",
  mood = "gespannen",
  text = "(Mevrouw Kaya schuift wat ongemakkelijk op haar stoel.) Ik denk dat we als school met z'n allen te weinig hebben gedaan, meneer Visser. Dat nemen we ons aan.",
  choices = {
    {
      text = "Mevrouw Kaya heeft gelijk. Het gaat niet om wie, maar om dat het niet gebeurd is. Het spijt me.",
      tags = { "verantwoordelijkheid" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je de aanvulling van je collega overneemt en alsnog verantwoordelijkheid neemt als school. Het afvallen heeft de vader wel gehoord.",
      next = "protocol_helder",
    },
    {
      text = "Ik zeg alleen hoe het gegaan is.",
      tags = { "defensief", "collega" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Je houdt vast aan je verklaring, ook nu je collega het als school oppakt. De vader ziet nu twee leerkrachten die het oneens zijn over wie er schuld heeft, en geen plan voor zijn zoon.",
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
  choices = {
    {
      text = "U kunt erop vertrouwen dat het goed komt.",
      tags = { "vaag", "belofte" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Na drie weken 'we letten erop' vraagt de vader om iets controleerbaars. 'Vertrouw maar' is precies wat hij niet meer kan.",
      next = "afspraak_sem",
    },
    {
      text = "Over twee weken zitten we weer samen, hier, met mevrouw Kaya erbij. Vrijdag bel ik u om te vertellen hoe de eerste dagen gingen. En als er tussendoor iets gebeurt, belt u mij of mevrouw Kaya meteen.",
      tags = { "afspraken" },
      effects = { vertrouwen = 2, spanning = -1 },
      set = { vervolg = true },
      score = { afspraken = 3 },
      feedback = "Precies wat het protocol vraagt en wat de vader nodig heeft: een vervolggesprek binnen twee weken, een tussentijds contactmoment, en een route voor als het misgaat. Controleerbaar en concreet.",
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
  text = "En wat doe ik thuis? Moet ik die app van zijn telefoon halen?",
  choices = {
    {
      text = "Bewaar de screenshots en stuur ze mij, dan kan ik ze gebruiken. Praat met {kind} over wat er gebeurt, zonder het van hem over te nemen. En ik spreek met hem af dat hij elke ochtend even bij mij kan melden hoe het gaat.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { thuis_afspraak = true },
      score = { afspraken = 2 },
      feedback = "Concrete, haalbare afspraken voor thuis én voor {kind} op school, met een vast aanspreekpunt. Over de app beslist de vader zelf; jij geeft wat de school nodig heeft.",
      next = "andere_kind",
    },
    {
      text = "Ik zou die app gewoon van zijn telefoon halen.",
      tags = { "oma" },
      score = { afspraken = -1 },
      feedback = "Een ongevraagd advies (OMA) over iets wat thuis beslist wordt. En het kan averechts werken: {kind} raakt dan ook buiten de groep, en het bewijs verdwijnt.",
      next = "andere_kind",
    },
    {
      text = "Wat denkt u zelf? En wat zou {kind} willen?",
      tags = { "lsd", "aansluiten" },
      score = { lsd = 1, afspraken = 1 },
      feedback = "Je betrekt de vader en {kind} bij de beslissing. Goed, al had je daarna concreet kunnen maken wat de school van thuis nodig heeft (de screenshots) en wat {kind} op school kan doen.",
      next = "andere_kind",
    },
  },
}

node "check" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.vertrouwen >= 6 then return "Goed. Ik hoop het echt." end
    return "We zullen zien."
  end,
  choices = {
    {
      text = "Dan zien we elkaar over twee weken.",
      tags = { "afsluiten" },
      score = { afspraken = 0 },
      feedback = "Een nette afsluiting, maar je gaat niet na of jullie hetzelfde hebben verstaan. Bij een gespannen gesprek is een korte samenvatting goud waard.",
      next = "afsluiting",
    },
    {
      text = "Zullen we de afspraken even samen op een rij zetten? Fatma, wil jij ze vandaag nog vastleggen en meneer Visser toesturen?",
      tags = { "afspraken", "check" },
      effects = { vertrouwen = 1 },
      set = { vastgelegd = true },
      score = { afspraken = 2 },
      feedback = "Sterk: je sluit af met een gezamenlijke samenvatting en legt de afspraken op papier, met een taak voor je collega. Zo wordt 'we letten erop' eindelijk iets wat te controleren is.",
      next = "samenvatting",
    },
  },
}

node "samenvatting" {
  speaker = "ib",
  mood = "neutraal",
  text = function(s)
    if s.flags.vervolg then
      return "Doe ik. Melding vastgelegd vandaag, gesprek met {kind} morgen, gesprekken met de betrokken kinderen en de groep deze week, extra toezicht in de pauze, telefoontje vrijdag, en over twee weken zitten we hier weer."
    end
    return "Doe ik. Al merk ik dat we nog geen datum hebben voor het vervolggesprek. Zullen we dat binnen twee weken plannen?"
  end,
  next = "afsluiting",
}

node "afsluiting" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.vertrouwen >= 7 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.privacy_geschonden then return "Goed. Ik heb in elk geval wat meer over die {ander} gehoord." end
    if s.vertrouwen >= 7 then return "Dank u. Voor het eerst heb ik het idee dat er echt iets gebeurt." end
    return "Goed. We zullen zien of het deze keer wel gebeurt."
  end,
  next = function(s)
    if s.flags.privacy_geschonden then return "privacy_lek" end
    if s.spanning >= 8 then return "klacht" end
    if s.flags.straf_beloofd then return "loze_belofte" end
    if s.flags.vervolg and s.flags.protocol_uitgelegd and s.vertrouwen >= 7 then return "veilig_plan" end
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
    if s.flags.vastgelegd and s.flags.thuis_afspraak then
      return "De melding staat vast, {kind} meldt zich elke ochtend even bij jou en de pleinwacht let op. Vrijdag bel je de vader: het gaat iets beter. Na twee weken zegt {kind} tegen zijn vader dat hij weer zin heeft in de pauze."
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
  title = "Een belofte die je niet mag doen",
  outcome = "mixed",
  text = "De aanpak voor {kind} is goed, maar je hebt een straf voor {ander} beloofd. Als die er de volgende dag niet is, voelt de vader zich opnieuw aan het lijntje gehouden, en alle goede stappen raken daardoor ondergesneeuwd.",
}

ending "privacy_lek" {
  -- Een ernstige professionele fout: wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Te veel gezegd",
  outcome = "bad",
  text = "De vader weet nu iets over de thuissituatie van {ander}. Een week later hoor je van een andere ouder dat het op het schoolplein rondgaat. De ouders van {ander} dienen een klacht in, en het vertrouwen van beide gezinnen in jou is beschadigd.",
}

ending "klacht" {
  title = "Een klacht bij de directeur",
  outcome = "bad",
  text = "De vader vertrekt zonder plan en dient een klacht in. Voor {kind} verandert er voorlopig niets: hij heeft morgen weer buikpijn.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  choices = "4,2,1,2,2,3,2,1,2,2",
  ending = "veilig_plan",
  outcome = "good",
  grade = "goed",
  overall = 0.95,
}

plan "stilte_pad" {
  choices = "t,2,2,1,2,2,3,2,1,2,2",
  ending = "veilig_plan",
  outcome = "good",
  grade = "goed",
  overall = 0.975,
}

plan "slechtste_pad" {
  choices = "1,1,1",
  ending = "klacht",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "2,2,2,1,2,2,1,1,1,2,1",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.613,
}

plan "zwak_pad" {
  choices = "2,2,2,2,2,1,1,2,1,2,2,1,1",
  ending = "plan_op_papier",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0.325,
}

-- Een goed gesprek met één ernstige fout: het einde is slecht, het cijfer (een gemiddelde
-- over de competenties) blijft voldoende.
plan "privacy_pad" {
  choices = "4,2,1,1,1,2,3,2,1,2,2",
  ending = "privacy_lek",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.658,
}

plan "straf_belofte_pad" {
  choices = "4,2,1,3,2,2,3,2,1,2,2",
  ending = "loze_belofte",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.596,
}
