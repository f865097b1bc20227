-- Driehoeksgesprek "Yara praat mee", deel 2: de afspraken en de einden.
-- Wordt ingevoegd vanuit scenario.lua (include "deel2.lua").
--
-- Vlaggen voor de afspraken (wie heeft een concrete rol gekregen?):
--   afspraak_yara        Yara legt haar hulpkaartje neer als ze vastzit
--   afspraak_leerkracht  jij komt langs bij rood en neemt haar mee naar de instructietafel
--   afspraak_vader       vader en Yara rekenen op zaterdag samen met een recept
--   afspraak_ib          de IB'er observeert opnieuw; evaluatie met z'n vieren op een vaste datum

local function yara_stemming(s)
  if s.veiligheid <= 2 then return "afwijzend" end
  if s.veiligheid <= 4 then return "verdrietig" end
  if s.veiligheid >= 7 then return "blij" end
  return "neutraal"
end

local function vader_stemming(s)
  if s.vertrouwen <= 2 then return "boos" end
  if s.vertrouwen <= 5 then return "gespannen" end
  return "neutraal"
end

local function veiliger(s)
  if s.veiligheid < 8 then s.veiligheid = s.veiligheid + 1 end
end

local function warmer(s)
  if s.vertrouwen < 7 then s.vertrouwen = s.vertrouwen + 1 end
end



-- Hoeveel mensen aan tafel hebben een concrete afspraak?
local function rollen(s)
  local n = 0
  for _, f in ipairs({ "afspraak_yara", "afspraak_leerkracht", "afspraak_vader", "afspraak_ib" }) do
    if s.flags[f] then n = n + 1 end
  end
  return n
end

---------------------------------------------------------------------------
-- Wie bedenkt de afspraken?
---------------------------------------------------------------------------

node "afspraken_start" {
  speaker = "ib",
  mood = "neutraal",
  text = "Goed. Wat gaan we afspreken? (Ze kijkt de tafel rond.)",
  choices = {
    {
      text = "Ik stel voor: {kind} krijgt op dinsdag en donderdag verlengde instructie, ze levert haar weektaak elke vrijdag in, en thuis gaat de tablet om acht uur weg.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      effect = warmer,
      score = { kind_centraal = -2 },
      feedback = "Concreet, en dat is goed. Maar jij bedenkt alles, en {kind} krijgt alleen opdrachten. Afspraken waar een kind niet over heeft meegedacht, houdt het zelden vol. En een regel over de tablet is aan de vader, niet aan jou.",
      next = "dictaat",
    },
    {
      text = "Mirjam, wat zou jij adviseren?",
      tags = { "volwassenen_eerst" },
      score = { kind_centraal = -1 },
      feedback = "Het advies van de IB'er is waardevol, maar door haar eerst te vragen bepalen de volwassenen opnieuw de richting. Vraag eerst het kind, en vul daarna aan met de deskundigheid van de IB'er.",
      next = "ib_voorstel",
    },
    {
      text = "{kind}, wat zou jou helpen?",
      tags = { "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 2 },
      feedback = "Kort en krachtig. Je begint bij {kind}: zij weet het beste wat haar helpt, en als het haar eigen idee is, voelt ze zich er ook verantwoordelijk voor.",
      next = "yara_idee",
    },
    {
      text = "Meneer Haddad, wat zou u graag afspreken?",
      tags = { "aansluiten" },
      score = { aansluiten = 1 },
      feedback = "Je betrekt de vader, en dat is goed: hij moet zich ook in de afspraken herkennen. Maar {kind} zit ernaast, en het gaat om háár rekenen. Vraag haar eerst; de vader kan daarna zijn deel bedenken.",
      next = "vader_rol",
    },
  },
}

node "dictaat" {
  speaker = "vader",
  mood = "neutraal",
  text = "Goed. Eindelijk duidelijkheid. ({kind} kijkt naar het tafelblad. Mirjam buigt zich naar voren: ‘Mag ik {kind} vragen wat zij ervan vindt?’)",
  choices = {
    {
      text = "Goed punt, Mirjam. {kind}, wat vind jij? Wat zou jou helpen?",
      tags = { "kind_centraal", "herstel" },
      effect = veiliger,
      score = { kind_centraal = 1 },
      feedback = "Goed dat je de aanvulling van de IB'er oppakt. Samenwerken met een collega betekent ook dat je je tijdens het gesprek laat bijsturen. Nu krijgt {kind} alsnog een stem.",
      next = "yara_idee",
    },
    {
      text = "Ik denk dat het zo wel duidelijk is.",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1, professioneel = -1 },
      feedback = "Je gaat voorbij aan de IB'er én aan {kind}. De afspraken staan, maar niemand heeft {kind} gevraagd of ze ze haalbaar vindt. Samenwerken met een collega betekent ook: je laten bijsturen tijdens het gesprek.",
      next = "afronden",
    },
    {
      text = "{kind}, is dat goed zo?",
      tags = { "kind_centraal" },
      score = { kind_centraal = 0 },
      feedback = "Je vraagt het {kind} tenminste. Maar een kind van tien zegt ‘ja’ tegen een plan van drie volwassenen; instemmen is nog geen meedenken. Mirjam vroeg wat zíj ervan vindt: wat zou haar helpen?",
      next = "afronden",
    },
  },
}

node "ib_voorstel" {
  speaker = "ib",
  mood = "neutraal",
  text = "Ik denk zelf aan verlengde instructie. Maar het belangrijkste is dat {kind} meedenkt. (Ze kijkt {kind} aan.) {kind}, wat zou jou helpen?",
  -- Wachten is hier het beste: Mirjam stelde {kind} net de goede vraag.
  timeout = {
    seconds = 10,
    next = "yara_idee",
    score = { kind_centraal = 2 },
    effect = veiliger,
    tags = { "stilte" },
    feedback = "Goed: je volgde de IB'er, die hier de goede vraag stelde, en je gaf {kind} de ruimte om te antwoorden. Niets toevoegen was hier het sterkst.",
  },
  choices = {
    {
      text = "Verlengde instructie, prima. Dat noteren we.",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "Mirjam stelde {kind} net een vraag, en jij beantwoordt hem in haar plaats. Zo mist {kind} voor de tweede keer de kans om zelf iets in te brengen.",
      next = "afronden",
    },
    {
      text = "Ja, {kind}, wat denk jij? Er is geen fout antwoord.",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Je steunt de vraag van Mirjam en maakt het veilig: goed. Maar de vraag lag er al; met een tweede stem erbij wordt de druk op {kind} groter. Even wachten was genoeg geweest.",
      next = "yara_idee",
    },
  },
}

---------------------------------------------------------------------------
-- Yara's eigen idee
---------------------------------------------------------------------------

node "yara_idee" {
  speaker = "yara",
  mood = yara_stemming,
  text = function(s)
    if s.veiligheid >= 5 then
      return "(Ze denkt even na.) Misschien... een kaartje op mijn tafel? Groen als het goed gaat, rood als ik vastzit. Dan weet je dat ik hulp wil, zonder dat ik mijn vinger hoef op te steken."
    end
    return "(Ze haalt haar schouders op.) Weet ik niet."
  end,
  choices = {
    {
      text = "Zo’n kaartje kan ik niet voor één kind doen. Dan wil straks iedereen er een.",
      when = function(s) return s.veiligheid >= 5 end,
      tags = { "over_hoofd", "oordeel" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "Je wijst {kind}’s eerste eigen idee meteen af, met een argument dat over de klas gaat en niet over haar. Zo leert ze dat meedenken geen zin heeft. En: als iedereen zo’n kaartje wil, is dat misschien juist een goed idee.",
      next = "yara_teleurgesteld",
    },
    {
      text = "Wat een goed idee. Hoe zou dat precies moeten werken, zo’n kaartje?",
      when = function(s) return s.veiligheid >= 5 end,
      tags = { "kind_centraal", "doorvragen" },
      effect = veiliger,
      score = { kind_centraal = 2, afspraken = 1 },
      feedback = "Uitstekend. Je neemt {kind}’s idee serieus en laat haar het zelf uitwerken. Een oplossing die van het kind zelf komt, werkt het best, en je laat zien dat haar stem echt iets verandert.",
      next = "kaartje_uitwerken",
    },
    {
      text = "Een kaartje, slim bedacht! Dan maak ik er morgen eentje voor je.",
      when = function(s) return s.veiligheid >= 5 end,
      tags = { "afspraken" },
      set = { afspraak_yara = true },
      score = { afspraken = 1 },
      feedback = "Je neemt haar idee over, en dat is een compliment. Maar je werkt het zelf uit: hoe het kaartje werkt en wie het maakt, bepaal jij. Laat {kind} het uitwerken; dan wordt het echt van haar.",
      next = "kaartje_uitwerken",
    },
    {
      text = "Zal ik een paar dingen noemen, en dan kies jij wat jou het beste lijkt? Een kaartje op je tafel, vaker bij mij aan de instructietafel, of samenwerken met een maatje.",
      when = function(s) return s.veiligheid < 5 end,
      tags = { "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, afspraken = 1 },
      feedback = "Goed: voor een kind dat stilvalt, is kiezen makkelijker dan bedenken. Je geeft {kind} de regie binnen een veilige keuze.",
      next = "kaartje_uitwerken",
    },
    {
      text = "Dan bedenk ik wel iets voor je.",
      when = function(s) return s.veiligheid < 5 end,
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "Je neemt het over. ‘Weet ik niet’ is voor een kind vaak een uitnodiging om het makkelijker te maken, bijvoorbeeld met een paar keuzes, niet om het van haar over te nemen.",
      next = "yara_teleurgesteld",
    },
  },
  next = "kaartje_uitwerken",  -- vangnet; een van de keuzes geldt altijd
}

node "yara_teleurgesteld" {
  speaker = "ib",
  mood = "neutraal",
  text = "({kind} kijkt weer naar het tafelblad.) Mag ik iets zeggen? In groep 5 liggen er hulpkaartjes op elke tafel. Dat werkt heel goed, juist voor kinderen die niet graag hun vinger opsteken.",
  choices = {
    {
      text = "Oké, dan proberen we dat. Ik regel een kaartje voor je.",
      tags = { "afspraken" },
      set = { afspraak_yara = true },
      score = { afspraken = 1 },
      feedback = "Je laat je bijsturen door de IB'er, goed. Maar je regelt het nu vóór {kind}, terwijl het net háár idee was dat je afwees. Geef haar de vraag terug: zou het haar helpen, en hoe?",
      next = "kaartje_uitwerken",
    },
    {
      text = "Je hebt gelijk, Mirjam. {kind}, sorry, ik was te snel. Zou zo’n kaartje jou helpen? Hoe zou het moeten werken?",
      tags = { "kind_centraal", "herstel" },
      effect = veiliger,
      score = { kind_centraal = 1 },
      feedback = "Goed dat je je laat bijsturen door de IB'er en {kind} opnieuw de vraag geeft. Zo wordt het alsnog haar plan.",
      next = "kaartje_uitwerken",
    },
    {
      text = "Ik houd het liever bij vinger opsteken. Dat moeten ze in groep 8 ook.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -1, professioneel = -1 },
      feedback = "Je negeert de ervaring van je collega en het probleem van {kind}: ze durft haar vinger níet op te steken. Een tussenstap is geen verwennerij; het is de weg naar dat doel.",
      next = "vader_rol",
    },
  },
}

node "kaartje_uitwerken" {
  speaker = "yara",
  mood = yara_stemming,
  text = function(s)
    if s.veiligheid >= 6 then
      return "(Ze gaat rechtop zitten.) Groen is: het gaat goed. Oranje: ik wil straks hulp, maar ik kan nog even verder. Rood: ik zit vast. En dan kom je naar mij toe, en hoef ik niks te zeggen. (Ze lacht een beetje.)"
    end
    return "(Ze wijst op het voorbeeld dat Mirjam op papier tekent.) Dat kaartje. Met kleuren. Rood als ik vastzit."
  end,
  choices = {
    {
      text = "Leuk, dat gaan we eens proberen.",
      tags = { "vaag" },
      set = { afspraak_yara = true },
      score = { kind_centraal = 1 },
      feedback = "Fijn dat je het idee omarmt, maar ‘eens proberen’ is nog geen afspraak. Wanneer begint het? Wat doe jij als het kaartje op rood ligt? Zonder die details verwatert het na een week.",
      next = "vader_rol",
    },
    {
      text = "Mooi, zo doen we het. En weet je wat: ik leg het maandag aan de hele klas uit, dan mag iedereen die dat wil zo’n kaartje. Dan ben jij niet de enige en valt het niemand op.",
      tags = { "afspraken" },
      effects = { gepasseerd = 1 },
      set = { afspraak_yara = true },
      score = { afspraken = 2, kind_centraal = -1 },
      feedback = "Een slim idee: als iedereen een kaartje mag, valt {kind} niet op, en het helpt meer kinderen. Maar je beslist het voor haar, en ze is net bang dat de klas iets van haar merkt. Vraag eerst of zij dat wil.",
      next = "vader_rol",
    },
    {
      text = "Zo doen we het. Vanaf maandag ligt je kaartje op tafel. Ligt het op rood, dan ben ik binnen vijf minuten bij je. En dinsdag en donderdag zit je aan de instructietafel. Goed?",
      tags = { "afspraken", "kind_centraal" },
      effect = veiliger,
      set = { afspraak_yara = true, afspraak_leerkracht = true },
      score = { afspraken = 2, kind_centraal = 1 },
      feedback = "Concreet: wie ({kind} en jij), wat (kaartje, instructietafel), wanneer (vanaf maandag; dinsdag en donderdag; binnen vijf minuten). En je eindigt met een vraag aan {kind}, zodat het een afspraak mét haar is.",
      next = "vader_rol",
    },
    {
      text = "Goed. Maar dan moet je me ook beloven dat je weektaak elke vrijdag af is.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      set = { afspraak_yara = true },
      score = { kind_centraal = -1 },
      feedback = "Je koppelt een eis aan haar idee, waardoor het kaartje voelt als een ruil. De weektaak is het gevolg van het probleem, niet de oorzaak. Als het kaartje werkt, komt de weektaak vanzelf dichterbij.",
      next = "vader_rol",
    },
  },
}

---------------------------------------------------------------------------
-- De rol van de vader
---------------------------------------------------------------------------

node "vader_rol" {
  speaker = "vader",
  mood = vader_stemming,
  text = "En wat moet ik thuis doen? Die tablet afpakken?",
  -- Zwijgen kost hier: de vader vraagt rechtstreeks wat zijn rol is.
  timeout = {
    seconds = 15,
    next = "vader_tablet_regel",
    score = { aansluiten = -1 },
    set = { vader_zonder_antwoord = true },
    tags = { "stilte" },
    feedback = "Je zweeg op een rechtstreekse vraag van de vader. Hij vult het dan zelf in, met de oplossing die hij al had: de tablet afpakken. Een vader die vraagt wat hij kan doen, is een kans; geef hem een rol die bij het gezin past.",
  },
  choices = {
    {
      text = "Ja, ik zou de tablet na het eten wegleggen tot het huiswerk af is.",
      tags = { "oma", "over_hoofd" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      score = { aansluiten = -1, kind_centraal = -1 },
      feedback = "Een advies (OMA) over {kind}’s hoofd heen, over iets wat de vader thuis bepaalt. Bovendien zei {kind} zelf dat de tablet niet het probleem is: ze snapt het huiswerk niet.",
      next = "vader_tablet_regel",
    },
    {
      text = "Wat denkt u zelf? Is er iets wat u en {kind} graag samen doen?",
      tags = { "aansluiten", "doorvragen" },
      effect = warmer,
      score = { aansluiten = 2, lsd = 1, kind_centraal = 1 },
      feedback = "Goed. Je geeft geen advies, maar vraagt naar wat er thuis al is. Ouders weten zelf vaak heel goed wat werkt, en een afspraak die bij het gezin past, houden ze langer vol. Zo wordt de vader partner in plaats van uitvoerder.",
      next = "koken",
    },
    {
      text = "{kind}, wat zou jou thuis helpen?",
      tags = { "kind_centraal" },
      effects = { vertrouwen = -1 },
      score = { kind_centraal = 1 },
      feedback = "Goed dat je {kind} erbij betrekt. Maar de vader stelde een vraag: ga daar eerst op in, anders voelt hij zich gepasseerd.",
      next = "koken",
    },
  },
}

node "vader_tablet_regel" {
  speaker = "vader",
  mood = "gespannen",
  effects = { veiligheid = -1 },
  text = function(s)
    if s.flags.vader_zonder_antwoord then
      return "(Hij wacht op een antwoord, maar dat komt niet. Dan tegen {kind}:) Nou. Dan gaat die tablet vanaf vanavond weg. ({kind}’s ogen worden nat.)"
    end
    return "(Tegen {kind}:) Zie je wel. Vanaf vanavond gaat die tablet weg. ({kind}’s ogen worden nat.)"
  end,
  choices = {
    {
      text = "Dat lijkt me een goede afspraak.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "{kind} zit hier met tranen in haar ogen, en jij bevestigt een straf die niet over haar probleem gaat. Wat ze meeneemt uit dit gesprek: eerlijk zijn levert straf op.",
      next = "ib_rol",
    },
    {
      text = "Misschien eerst even met {kind} overleggen, meneer Haddad?",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Je geeft {kind} een stem in een besluit over haar, goed. Maar je legt het terug bij de vader zonder iets aan te reiken; de kans is groot dat het thuis bij de tablet blijft. Wat {kind} over Rekentuin zei, had je kunnen gebruiken.",
      next = "ib_rol",
    },
    {
      text = function(s)
        if s.flags.vader_zonder_antwoord then
          return "Wacht even. {kind} zei dat ze op de tablet ook Rekentuin doet. Meneer Haddad, is er iets wat u en {kind} graag samen doen?"
        end
        return "Wacht even, ik was te snel. {kind} zei dat ze op de tablet ook Rekentuin doet. Meneer Haddad, is er iets wat u en {kind} graag samen doen?"
      end,
      tags = { "herstel", "aansluiten" },
      effect = function(s) veiliger(s); warmer(s) end,
      score = { kind_centraal = 1, aansluiten = 1 },
      feedback = "Goed hersteld. Je houdt de straf tegen, je gebruikt wat {kind} zelf vertelde, en je vraagt de vader naar wat er thuis al goed gaat.",
      next = "koken",
    },
  },
}

node "koken" {
  speaker = "vader",
  effect = function(s) s.flags.vader_zonder_antwoord = nil end,
  mood = "blij",
  text = "(Hij denkt na. Dan glimlacht hij voor het eerst.) Op zaterdag koken we samen. Altijd pannenkoeken. ({kind}: ‘Met een half pak melk en driekwart zak meel!’ Mirjam lacht: ‘Daar zitten al breuken in.’)",
  choices = {
    {
      text = "Leuk! Maar ik zou daarnaast toch ook elke avond de oefenbladen van de methode doen, een kwartiertje na het eten. Dan blijft het bijhouden, en ziet u wat ze al kan.",
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Je erkent het koken even, maar schuift het dan opzij voor je eigen idee (OMA). Deze vader werkt ’s avonds; elke avond oefenbladen is voor dit gezin niet haalbaar, en {kind} snapt die bladen nu juist niet.",
      next = "ib_rol",
    },
    {
      text = "Een recept zit vol breuken! Zou {kind} op zaterdag de hoeveelheden kunnen uitrekenen, voor een half of anderhalf recept? Geen huiswerk, gewoon samen koken.",
      tags = { "afspraken", "aansluiten" },
      effect = function(s)
        warmer(s)
        -- Een gespannen Yara knapt hier op: thuis wordt rekenen iets leuks.
        veiliger(s)
      end,
      set = { afspraak_vader = true },
      score = { afspraken = 2, aansluiten = 1 },
      feedback = "Uitstekend. Je bouwt voort op wat het gezin al doet. De vader krijgt een rol die bij hem past (geen huiswerkcontroleur, maar kookmaatje), en {kind} oefent breuken op een veilige, leuke manier. Dat is ouderbetrokkenheid thuis in de praktijk.",
      next = "ib_rol",
    },
    {
      text = "Wat leuk, samen koken! Fijn dat jullie dat hebben.",
      tags = { "aansluiten" },
      score = { aansluiten = 1 },
      feedback = "Warm, en de vader voelt zich gezien. Maar Mirjam reikte je net de brug aan (‘daar zitten al breuken in’), en die laat je liggen: het koken had een afspraak kunnen worden.",
      next = "ib_rol",
    },
  },
}

---------------------------------------------------------------------------
-- De rol van de IB'er en afronden
---------------------------------------------------------------------------

node "ib_rol" {
  speaker = "ib",
  effect = function(s) s.flags.vader_zonder_antwoord = nil end,
  mood = "neutraal",
  text = "Zal ik over vier weken nog een keer een rekenles komen bekijken? Dan kunnen we daarna evalueren.",
  choices = {
    {
      text = "Graag, dat is fijn. Ik stuur je volgende week een paar data, dan plannen we het in. Daarna laat ik meneer Haddad weten wat je hebt gezien.",
      tags = { "afspraken" },
      score = { afspraken = 1, professioneel = 1 },
      feedback = "Je neemt het aanbod aan en maakt het half concreet. Maar de datum blijft open, en {kind} en haar vader zitten bij de evaluatie niet aan tafel: de vader hoort het achteraf, {kind} helemaal niet.",
      next = "afronden",
    },
    {
      text = "Dat is niet nodig, ik denk dat we er zo wel uitkomen.",
      tags = { "alleen" },
      score = { professioneel = -2, afspraken = -1 },
      feedback = "De IB'er biedt een vervolg aan, en dat sla je af. Zonder evaluatie weet niemand of de afspraken werken, en je staat er onnodig alleen voor. Samenwerken met de IB'er hoort bij je professionele rol.",
      next = "afronden",
    },
    {
      text = "Graag. Zullen we nu meteen een datum prikken, en daarna weer met z’n vieren om tafel? {kind}, dan vertel jij hoe het ging.",
      tags = { "afspraken", "kind_centraal" },
      set = { afspraak_ib = true },
      score = { afspraken = 2, kind_centraal = 1, professioneel = 1 },
      feedback = "Sterk: een concrete vervolgafspraak met een datum, met de IB'er als partner, en {kind} krijgt bij de evaluatie weer de eerste stem. Zo is het gesprek geen eenmalig moment, maar het begin van een aanpak.",
      next = "afronden",
    },
    {
      text = "Goed, dat laat ik aan jou over.",
      tags = { "vaag" },
      score = { professioneel = 1 },
      feedback = "Je neemt het aanbod aan, maar laat het open: geen datum, en niet duidelijk of {kind} en haar vader bij de evaluatie zijn. Een vervolgafspraak is pas een afspraak als er een datum bij staat.",
      next = "afronden",
    },
  },
}

node "afronden" {
  text = "Nog vijf minuten. Meneer Haddad kijkt op zijn horloge.",
  choices = {
    {
      text = "Ik zet de afspraken vanavond in een mail aan u, meneer Haddad.",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { afspraken = 1, kind_centraal = -1 },
      feedback = "Vastleggen is goed. Maar je vat niet samen aan tafel en je checkt niet bij {kind} of ze het begrijpt en haalbaar vindt. Zij krijgt geen mail.",
      next = "slot",
    },
    {
      text = "Nou, dan zijn we er wel, toch?",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Zonder samenvatting gaat iedereen naar huis met een eigen versie van de afspraken. Juist bij een driehoeksgesprek wil je dat ook het kind precies weet wat er is afgesproken.",
      next = "slot",
    },
    {
      -- De samenvatting noemt alleen de afspraken die echt gemaakt zijn; met
      -- alle vier de rollen is hij 33 woorden.
      text = function(s)
        local delen = {}
        if s.flags.afspraak_yara then table.insert(delen, "{kind}: kaartje op rood als je vastzit.") end
        if s.flags.afspraak_leerkracht then table.insert(delen, "Ik: binnen vijf minuten bij je, en dinsdag en donderdag de instructietafel.") end
        if s.flags.afspraak_vader then table.insert(delen, "Thuis: zaterdag samen een recept.") end
        if s.flags.afspraak_ib then table.insert(delen, "Mirjam: over vier weken kijken.") end
        return table.concat(delen, " ") .. " Klopt dat, {kind}? En voor u?"
      end,
      when = function(s) return s.flags.afspraak_yara and rollen(s) >= 2 end,
      tags = { "afspraken", "samenvatten", "kind_centraal" },
      effect = veiliger,
      score = { afspraken = 2, kind_centraal = 1 },
      feedback = "Een heldere afsluiting: per persoon wie wat doet, en je checkt het eerst bij {kind} en dan bij haar vader. Zo weet iedereen aan tafel hetzelfde, en het kind hoort dat zij er zelf bij hoort.",
      next = "check_yara",
    },
    {
      text = "Ik vat samen wat we hebben afgesproken, en ik zet het vanavond ook in een mail aan u, meneer Haddad. {kind}, klopt het zo voor jou?",
      when = function(s) return not (s.flags.afspraak_yara and rollen(s) >= 2) end,
      tags = { "samenvatten", "kind_centraal" },
      score = { afspraken = 1, kind_centraal = 1 },
      feedback = "Goed dat je samenvat en het bij {kind} checkt. Maar er valt weinig samen te vatten: de afspraken zijn nog vaag of komen niet van {kind} zelf. Een samenvatting maakt vage afspraken niet concreet.",
      next = "slot",
    },
  },
}

node "check_yara" {
  speaker = "yara",
  mood = yara_stemming,
  text = "Ja. (Ze aarzelt.) Mag ik het kaartje zelf maken?",
  choices = {
    {
      text = "Nee, ik heb er al een geprint. Dat is makkelijker.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Een kleine vraag, maar een gemiste kans. {kind} wil zelf iets bijdragen aan haar eigen oplossing; daar zit precies de motivatie die je zoekt.",
      next = "slot",
    },
    {
      text = "Natuurlijk mag dat!",
      tags = { "kind_centraal" },
      set = { zelf_gemaakt = true },
      score = { kind_centraal = 1 },
      feedback = "Goed: {kind} wordt eigenaar van haar eigen hulpmiddel. Wanneer en waar ze het maakt, laat je nog open.",
      next = "slot",
    },
    {
      text = "Natuurlijk! Maak het morgen bij tekenen. Daar ben je goed in, las ik op je formulier.",
      tags = { "kind_centraal", "lsd" },
      set = { zelf_gemaakt = true },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Mooi: je laat {kind} eigenaar worden van haar eigen hulpmiddel, en je gebruikt wat ze op haar voorbereidingsformulier schreef (tekenen gaat goed). Zo laat je merken dat je haar hebt gelezen én gehoord.",
      next = "slot",
    },
  },
}

node "slot" {
  text = function(s)
    if s.veiligheid >= 7 then
      return "Bij de deur draait {kind} zich nog even om en zwaait. Haar formulier, vol met jullie afspraken, houdt ze stevig vast."
    elseif s.veiligheid <= 3 then
      return "{kind} loopt als eerste de klas uit, met haar capuchon op."
    end
    return "Iedereen staat op. {kind} loopt naast haar vader naar de deur."
  end,
  next = function(s)
    if s.vertrouwen <= 3 then return "einde_wantrouwen" end
    -- Een ander kind bij naam genoemd: hoe goed de rest ook ging, dit einde.
    if s.tagged("privacy") > 0 then return "einde_naam_genoemd" end
    -- Goed afgelopen: iedereen heeft een rol, Yara voelt zich veilig en
    -- niet gepasseerd, haar vader vertrouwt de school, wat haar tegenhield
    -- kwam op tafel, en de afspraken zijn met Yara nagelopen.
    if rollen(s) >= 4 and s.veiligheid >= 7 and s.vertrouwen >= 6 and s.gepasseerd <= 1
       and s.visits.durf_niet > 0 and s.visits.check_yara > 0 then
      return "einde_samen_sterk"
    end
    if s.veiligheid >= 5 and s.gepasseerd <= 2 then return "einde_bijna" end
    return "einde_zonder_yara"
  end,
}

---------------------------------------------------------------------------
-- Einden
---------------------------------------------------------------------------

ending "einde_samen_sterk" {
  title = "Met z’n vieren een plan",
  outcome = "good",
  text = function(s)
    local kaartje = s.flags.zelf_gemaakt and "een zelfgetekend kaartje" or "een kaartje"
    local t = "Een week later ligt er " .. kaartje .. " op {kind}’s tafel, met een groene, een oranje en een rode kant. De eerste dag ligt het drie keer op rood; de vijfde dag één keer. Haar vader stuurt zaterdag een foto: een stapel pannenkoeken, ‘anderhalf recept, door {kind} uitgerekend’. Omdat {kind} mocht vertellen wat haar tegenhield, en zelf de oplossing bedacht, zijn het háár afspraken. En omdat iedereen aan tafel een rol kreeg, staat ze er niet alleen voor."
    return t .. " Over vier weken zitten jullie weer met z’n vieren aan tafel."
  end,
}

ending "einde_bijna" {
  title = "Yara praatte mee, maar het plan is nog niet rond",
  outcome = "mixed",
  text = function(s)
    local mist = {}
    if not s.flags.afspraak_yara then table.insert(mist, "wat {kind} zelf doet") end
    if not s.flags.afspraak_leerkracht then table.insert(mist, "wat jij precies doet als ze vastzit") end
    if not s.flags.afspraak_vader then table.insert(mist, "wat haar vader thuis doet") end
    if not s.flags.afspraak_ib then table.insert(mist, "wanneer jullie evalueren") end
    local t = "{kind} heeft in dit gesprek haar stem laten horen, en dat is veel waard. "
    if #mist > 0 then
      t = t .. "Maar niet iedereen gaat met een concrete taak naar huis. Nog open: " .. table.concat(mist, ", ") .. ". "
    elseif s.visits.durf_niet == 0 then
      t = t .. "Maar wat haar echt tegenhoudt, is niet op tafel gekomen. Daardoor raken de afspraken de kern niet. "
    elseif s.visits.check_yara == 0 then
      t = t .. "Maar de afspraken zijn niet aan tafel met {kind} nagelopen. Weet zij precies wat ze maandag moet doen? "
    elseif s.vertrouwen < 6 then
      t = t .. "Maar haar vader is nog niet overtuigd dat de school het oppakt. "
    else
      t = t .. "Maar er werd in het gesprek nog te vaak over haar heen gepraat of voor haar beslist. "
    end
    return t .. "Kijk terug: op welk moment had je {kind}, haar vader of Mirjam meer kunnen betrekken?"
  end,
}

ending "einde_naam_genoemd" {
  title = "Een naam die niet genoemd had mogen worden",
  outcome = "mixed",
  -- de naam van een ander kind genoemd: een privacyfout, hoe goed de rest ook ging
  grade_cap = "voldoende",
  text = function(s)
    local t = "Je noemde in dit gesprek de naam van een ander kind, op basis van een vermoeden. "
    if s.flags.afspraak_yara and s.flags.afspraak_leerkracht then
      t = t .. "De afspraken voor {kind} staan, maar "
    else
      t = t .. "En "
    end
    if s.flags.ouders_bellen then
      t = t .. "die avond belt meneer Haddad de ouders van Bram. De volgende dag vraagt Brams moeder de directeur waarom haar zoon in een gesprek over een ander kind werd beschuldigd."
    else
      t = t .. "de naam is gevallen: {kind} weet nu dat jij Bram verdenkt, en dat neemt ze mee de klas in."
    end
    return t .. " Ook andere kinderen hebben recht op privacy: vertel ouders wat jíj gaat doen, nooit wie het was."
  end,
}

ending "einde_zonder_yara" {
  title = "Afspraken over Yara, zonder Yara",
  outcome = "mixed",
  -- over het kind heen gepraat: de kern van een driehoeksgesprek mislukte
  grade_cap = "voldoende",
  text = function(s)
    local t = "Er zijn afspraken gemaakt, maar {kind} zat er vooral bij. Ze zei weinig en knikte als haar iets gevraagd werd. "
    if s.visits.durf_niet == 0 then
      t = t .. "Wat haar tegenhoudt (dat ze niet durft te vragen sinds ze werd uitgelachen) weet je nog steeds niet. "
    end
    return t .. "Over een paar weken is haar weektaak waarschijnlijk nog steeds niet af, en dan lijkt het of ‘ze niet wil’. Kijk terug: wanneer praatte jij over haar in plaats van met haar?"
  end,
}

ending "einde_wantrouwen" {
  title = "Vader gaat teleurgesteld weg",
  outcome = "bad",
  -- de vader vertrekt zonder vertrouwen in de school: hoger dan voldoende kan niet
  grade_cap = "voldoende",
  text = function(s)
    local t = "Meneer Haddad bedankt kort en loopt met {kind} naar buiten. Bij de deur zegt hij: ‘Ik weet nog steeds niet of jullie dit serieus nemen.’ "
    if s.visits.durf_niet > 0 then
      t = t .. "Hij heeft gehoord dat zijn dochter werd uitgelachen, maar niet gemerkt dat de school daar iets mee doet. "
    else
      t = t .. "Hij kwam met een zorg en gaat naar huis met het gevoel dat die niet is gehoord. "
    end
    return t .. "Volgende week staat hij waarschijnlijk bij de directeur. Denk aan de Roos van Leary: wanneer ging jij ‘boven’ of ‘tegen’ zitten, of liet je de vader links liggen? En wat riep dat bij hem op?"
  end,
}

ending "einde_afgebroken" {
  title = "Het gesprek strandt",
  outcome = "bad",
  -- een dreigement aan een bezorgde ouder: het gesprek brak af op jouw zet
  grade_cap = "onvoldoende",
  text = "Meneer Haddad staat op. ‘Dan gaan we. Kom, {kind}.’ Mirjam probeert nog iets te zeggen, maar de deur valt dicht. {kind} keek bij het weggaan niet meer om. De volgende dag krijg je een kopie van zijn mail aan de directeur. Een boze ouder is meestal een bezorgde ouder: erkennen (actief luisteren) had de spanning kunnen verlagen. Een dreigement maakt van een gesprek een machtsstrijd.",
}
