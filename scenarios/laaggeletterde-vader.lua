-- Een vader die (waarschijnlijk) moeite heeft met lezen en schrijven
-- Thema: moeilijk bereikbare ouders. Signalen van laaggeletterdheid opmerken,
-- niet ontmaskeren of beschamen, spreken in plaats van schrijven, plaatjes,
-- en één concrete stap.
--
-- Voor de docent: de student krijgt niet te horen dat het om lezen gaat. De
-- samenvatting, de briefing, de doelen en de trefwoorden noemen alleen wat
-- iedere leerkracht ziet (geen formulier, geen reactie in de app), met andere
-- mogelijke verklaringen ernaast. De signalen komen in het gesprek: de
-- vergeten bril, "ik neem het mee", "mijn zus kijkt ernaar", het formulier dat
-- hij een kwartslag draait, "mijn handschrift is niks", Mila die vraagt of
-- papa voorleest. Feedback vóór het eerste signaal noemt lezen ook niet.

scenario {
  id = "laaggeletterde-vader",
  version = 2,
  title = "Het formulier van Mila",
  language = "nl",
  tags = { "moeilijk bereikbare ouders", "signalen opmerken", "schoolreisje", "groep 4" },
  level = 2,
  minutes = 15,
  summary = "Het toestemmingsformulier voor het schoolreisje is niet terug, en vader Ron reageert nooit in de ouderapp. Vrijdag gaat de buslijst weg. Na schooltijd heb je even met hem.",
  briefing = [[
Je bent leerkracht van groep 4 van basisschool De Vlonder in Deventer. Het is woensdag, kwart over twaalf: de kinderen gaan naar huis.

Mila Bosman (7) is een vrolijke, creatieve vertelster. Ze woont sinds de zomer het grootste deel van de week bij haar vader, Ron Bosman (41), hovenier bij de gemeente. Hij begint 's ochtends om zeven uur. Haar ouders zijn uit elkaar. Vroeger regelde Mila's moeder het contact met school.

Ron haalt Mila vaak op. Aan het hek is hij vriendelijk en praat hij makkelijk. Maar:
- Het toestemmingsformulier voor het schoolreisje (dinsdag, met de bus naar het dierenpark) is niet terug. Vrijdag is de laatste dag; daarna moet de busmaatschappij de lijst hebben.
- Berichten in de ouderapp staan op "gelezen", maar Ron reageert nooit.

Wat je niet weet: waarom. Het kan van alles zijn: de lange werkdagen, de scheiding, een app die hem niet ligt, of iets anders. Let op wat hij zegt en doet.

Je hebt Ron gevraagd om even te blijven. Mila speelt achter in de klas bij de hamster.

Jouw doel: het formulier is vandaag geregeld, op een manier die voor Ron werkt. Je zoekt samen een manier van contact die bij hem past. En je sluit af met één concrete stap.]],
  goals = {
    "Je let op wat Ron zegt en doet, en je reageert zonder hem in verlegenheid te brengen.",
    "Je regelt het formulier vandaag, kort en in stukjes.",
    "Je laat een stilte vallen waar die helpt, en je voorkomt er een waar die pijn doet.",
    "Je sluit af met één concrete, haalbare stap en controleert of die duidelijk is.",
  },
  vars = { kind = "Mila", groep = 4, reisdag = "dinsdag" },
  start = "hek",
  grading = { pass = 0.55, good = 0.80 },
}

character "vader" {
  name = "Ron Bosman",
  role = "vader van Mila",
  portrait = { skin = 2, hair = "kort", hair_color = "#6b4a2b", beard = true, age = "middel", shirt = "#3f6b35" },
}

character "mila" {
  name = "Mila",
  role = "leerling groep 4",
  portrait = { skin = 2, hair = "staart", hair_color = "#a0703c", age = "jong", shirt = "#e36f8c" },
}

-- Tempo: zo snel verandert Ron.
-- * Vertrouwen stijgt hooguit 1 per beurt, en alleen op vier soorten momenten:
--   een warm begin, een uitweg die hij ongemerkt krijgt (vooral waar Mila bij
--   staat), ruimte om zelf iets te vertellen, en een reactie op wat hij
--   vertelt die hem niet kleiner maakt. Op het beste pad gaat het van 4 naar 8.
-- * Schaamte zakt hooguit 1 per beurt en nooit ver: iets vertellen over lezen
--   kost hem zelf ook (+1). Ze schiet omhoog (2 tot 4) als hij zich betrapt
--   voelt, het meest waar zijn dochter bij staat. Op het beste pad eindigt ze
--   op 2, niet op 0.
-- * Een excuus na een pijnlijke vraag werkt één keer, als het meteen komt en
--   de oorzaak bij het formulier legt. Is hij al vaker geraakt (schaamte 8 of
--   meer), dan helpt geen excuus meer. Een excuus als formule ("Neemt u me
--   niet kwalijk") helpt nooit.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "schaamte"   { label = "Schaamte", min = 0, max = 10, start = 4, visible = false }

-- Het maximum ligt vast op wat het beste pad haalt (plan beste_pad). Omwegen
-- langs herstelmomenten komen langs meer knopen en kunnen daar deelpunten
-- sparen; zonder vast maximum zouden ze de lat voor iedereen verhogen.
competency "signaleren" { label = "Signalen opmerken zonder te ontmaskeren", weight = 2, max = 8 }
competency "mondeling"  { label = "Spreken in plaats van schrijven (kort, beelden)", weight = 2, max = 9 }
competency "lsd"        { label = "Luisteren, samenvatten, doorvragen", weight = 1, max = 5 }
competency "afspraken"  { label = "Eén concrete stap afspreken", weight = 1, max = 4 }

-- Hoe Ron erbij staat: schaamte maakt hem stil of stoer, vertrouwen maakt hem open.
local function stemming(s)
  if s.schaamte >= 8 then return "afwijzend" end
  if s.schaamte >= 6 then return "gespannen" end
  if s.vertrouwen >= 7 then return "blij" end
  return "neutraal"
end

-- Welk einde? Goed: het formulier is getekend mét de allergie, hij durfde
-- te vertellen wat er speelt en jij ging daar goed mee om, er is één
-- concrete stap, hij vertrouwt je en zijn schaamte is niet opgelopen.
-- Slecht: hij schaamt zich diep en vertrouwt je niet meer, ook al staat
-- zijn handtekening erop.
local function welk_einde(s)
  if s.flags.pinda and s.flags.stap and s.flags.open
     and s.vertrouwen >= 7 and s.schaamte <= 3 then
    return "samen_geregeld"
  elseif s.schaamte >= 8 and s.vertrouwen <= 3 then
    return "dichtgeklapt"
  end
  return "alleen_het_formulier"
end

-- Heeft de student gezien of gehoord dat Ron zijn bril 'vergeet'?
local function bril_gezien(s)
  return s.visits.meegeven > 0 or s.visits.mila_wacht > 0 or s.visits.bekentenis > 0
end

---------------------------------------------------------------------------
-- Begin
---------------------------------------------------------------------------

node "hek" {
  mood = "neutraal",
  text = "De klas loopt leeg. Ron staat in de deuropening met Mila's jas over zijn arm en een grote grijns. Mila rent naar achteren om de hamster gedag te zeggen.",
  next = "begroeting",
}

node "begroeting" {
  speaker = "vader",
  mood = "blij",
  text = "\"Goeiemiddag! Mila zei dat je me even wilde spreken. Ze heeft toch niks uitgevreten, hè?\" Hij knipoogt.",
  choices = {
    {
      id = "kort_neutraal",
      text = "Nee hoor. Heeft u vijf minuutjes? Het gaat over het schoolreisje van {reisdag}.",
      score = { signaleren = 1 },
      feedback = "Duidelijk en rustig: je stelt hem gerust en noemt het onderwerp. Met een positief zinnetje over Mila erbij was het warmer geweest. Een ouder die zich op zijn gemak voelt, vertelt sneller wat er speelt.",
      next = "reisje",
    },
    {
      id = "verwijt_app",
      text = "Nee, maar ik mis nog steeds het toestemmingsformulier voor het schoolreisje. En u reageert ook niet op de berichten in de app.",
      tags = { "verwijt" },
      effects = { vertrouwen = -2, schaamte = 2 },
      score = { signaleren = -1 },
      feedback = "Je brengt twee dingen tegelijk, en één ervan als verwijt. Je weet nog niet waarom hij niet reageert: werk, de scheiding, de app of iets anders. Wat het ook is, na een verwijt vertelt hij het je niet meer. Begin liever met iets positiefs en noem het formulier als iets praktisch dat je samen regelt.",
      next = "reisje",
    },
    {
      id = "positief_begin",
      text = "Helemaal niet! Ze vertelde vandaag prachtig over uw volkstuin. Het gaat over het schoolreisje van {reisdag}.",
      tags = { "positief-contact" },
      effects = { vertrouwen = 1, schaamte = -1 },
      score = { signaleren = 2 },
      feedback = "Mooi begin. Je stelt hem gerust, begint met iets wat Mila goed kan (vertellen!) en noemt het onderwerp luchtig. Een ouder die zich veilig voelt, hoeft minder te verbergen, wat er ook achter de stille app zit.",
      next = "reisje",
    },
  },
}

node "reisje" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.schaamte >= 6 then
      return "Zijn grijns verdwijnt. \"Ja. Die app. Daar kijk ik niet zo vaak in. Wat is er met dat reisje?\""
    end
    return "\"Dat reisje! Mila praat nergens anders over. Die giraffen, man. Wat moet ik doen?\""
  end,
  choices = {
    {
      id = "gezien",
      text = "Het formulier is nog niet terug. Heeft u het gezien?",
      feedback = "Een neutrale vraag, maar een gesloten vraag waarop 'ja hoor, ligt thuis' het makkelijkste antwoord is. Zo weet je niets, en het formulier ligt nog steeds niet hier. Je hebt het formulier bij je: bied aan het nu te regelen.",
      next = "meegeven",
    },
    {
      id = "stond_in_app",
      text = "Het formulier moest eigenlijk al terug zijn. Het stond drie keer in de app, met de datum erbij, en ook in de nieuwsbrief.",
      tags = { "verwijt" },
      effects = { vertrouwen = -1, schaamte = 2 },
      score = { signaleren = -1, mondeling = -1 },
      feedback = "Je wijst naar wat hij heeft laten liggen, en naar de plek waar het geschreven stond. 'Het stond in de app' helpt alleen als de app voor hem werkt, en dat is precies wat je nog niet weet. Het formulier komt er zo niet eerder door.",
      next = "meegeven",
    },
    {
      id = "samen_invullen",
      text = "Ik heb het formulier hier. Zullen we het nu samen invullen?",
      tags = { "samen" },
      score = { signaleren = 1 },
      set = { samen_gevraagd = true },
      feedback = "Praktisch en vriendelijk: je wilt het nu regelen, samen. Maar 'samen invullen' betekent nog steeds: hij moet lezen en schrijven terwijl jij erbij staat. Aanbieden om te vertellen wat erin staat, vraagt minder van hem.",
      next = "meegeven",
    },
    {
      id = "vertellen_aanbod",
      text = "Alleen een handtekening. Ik heb het formulier hier. Zal ik even vertellen wat erin staat? Dan is het meteen geregeld.",
      tags = { "mondeling" },
      score = { mondeling = 2, signaleren = 2 },
      feedback = "Heel goed. Je biedt aan om te vertellen in plaats van hem te laten lezen, en je brengt het als service ('dan is het meteen geregeld'), niet als hulp bij een tekort. Voor een drukke ouder is dat fijn, en voor een ouder die niet graag leest is het een uitweg zonder dat hij iets hoeft te zeggen.",
      next = "uitleg",
    },
  },
}

node "meegeven" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.flags.samen_gevraagd then
      return "Hij kijkt naar het formulier in je hand en klopt op zijn borstzak. \"Samen invullen... Eh, ik heb mijn bril niet bij me. Geef maar mee, dan kijk ik er vanavond rustig naar.\""
    end
    return "Hij klopt op zijn borstzak. \"Geef maar mee, dan kijk ik er vanavond rustig naar. Ik heb mijn bril niet bij me.\""
  end,
  choices = {
    {
      id = "vrijdag_inleveren",
      text = "Prima, neemt u het mee. Wilt u het dan uiterlijk vrijdag inleveren? Anders kan ik Mila niet op de buslijst zetten.",
      tags = { "signaal-gemist" },
      score = { signaleren = -1, afspraken = -1 },
      feedback = "Vriendelijk, maar je mist twee signalen tegelijk: de vergeten bril en 'ik neem het mee'. Zo komt het formulier waarschijnlijk niet terug. Niet omdat hij niet wil, maar omdat het thuis blijft liggen als niemand het voorleest.",
      next = "vrijdag_belofte",
    },
    {
      id = "uitweg_bieden",
      text = "Die letters zijn ook piepklein. Zal ik vertellen wat erin staat? Dan hoeft u alleen te tekenen.",
      tags = { "mondeling", "uitweg" },
      effects = { schaamte = -1 },
      score = { signaleren = 2, mondeling = 2 },
      feedback = "Knap gedaan. Je merkt het signaal op en gaat mee in zijn uitleg, zonder die in twijfel te trekken. Je biedt een oplossing die voor iedereen werkt: vertellen. Zo kan hij zijn gezicht houden en is het formulier toch geregeld.",
      next = "uitleg",
    },
    {
      id = "voorlezen_aanbod",
      text = "Ik kan het ook even voorlezen, hoor.",
      tags = { "mondeling" },
      effects = { schaamte = 1 },
      score = { signaleren = 1, mondeling = 1 },
      feedback = "Goed dat je het signaal oppakt en het nu wilt regelen. Maar 'voorlezen' is wat je doet voor iemand die niet kan lezen: het woord zet hem even in die hoek. 'Zal ik vertellen wat erin staat?' of 'de letters zijn ook zo klein' laat hem zijn gezicht houden.",
      next = "uitleg",
    },
    {
      id = "kunt_u_lezen",
      text = "Dat zei u vorige keer ook. Kunt u eigenlijk wel goed lezen?",
      tags = { "ontmaskeren" },
      effects = { vertrouwen = -3, schaamte = 4 },
      score = { signaleren = -3 },
      feedback = "Hier ontmasker je hem, bovendien met zijn dochter binnen gehoorsafstand. Ook als je vermoeden klopt: iemand moet dit zelf kunnen vertellen, op een moment dat hij kiest. Een directe vraag naar lezen voelt als een beschuldiging en lokt ontkenning uit. Geef hem een uitweg, niet een spiegel.",
      next = "ontkenning",
    },
    {
      id = "zelf_doorlezen",
      text = "Het is maar één kantje. Kijkt u maar even, dan wacht ik.",
      tags = { "laten-lezen" },
      effects = { schaamte = 2 },
      score = { signaleren = -1, mondeling = -1 },
      feedback = "Je zet hem met een formulier in zijn handen voor het blok, terwijl hij net aangaf dat lezen nu niet gaat. Wachten maakt het erger: elke seconde wordt pijnlijker.",
      next = "stil_formulier",
    },
  },
}

---------------------------------------------------------------------------
-- Zijpaden: ontkenning, stilte met het formulier, 'vrijdag'
---------------------------------------------------------------------------

node "stil_formulier" {
  speaker = "vader",
  mood = "gespannen",
  text = "Ron pakt het formulier aan en kijkt ernaar. Hij draait het een kwartslag, alsof het licht niet goed valt. Achter in de klas kletst Mila tegen de hamster. De seconden tikken weg.",
  -- Hier is zwijgend wachten de fout: telt als "Neemt u gerust de tijd" hieronder.
  timeout = {
    seconds = 15,
    next = "te_lang_gewacht",
    score = { signaleren = -1 },
    effects = { schaamte = 2 },
    tags = { "stilte" },
    feedback = "Hier werkte de stilte tegen hem. Ron draaide het formulier een kwartslag: een teken dat lezen nu niet lukt. Wie dan zwijgend wacht, laat hem 'lezen' terwijl de seconden wegtikken, met Mila binnen gehoorsafstand, en elke seconde maakt het pijnlijker. Een stilte helpt iemand die nadenkt, niet iemand die zich verstopt. Beter: neem het van hem over ('Zal ik het even samenvatten?'), zodat hij zijn gezicht kan houden.",
  },
  choices = {
    {
      id = "samenvatten_aanbod",
      text = "Zal ik het even samenvatten? Het is veel tekst voor eigenlijk drie dingen.",
      tags = { "mondeling", "uitweg" },
      effects = { schaamte = -1 },
      score = { signaleren = 1, mondeling = 1 },
      feedback = "Goed hersteld. Je legt de oorzaak bij het formulier ('veel tekst'), niet bij hem, en je biedt aan te vertellen. Zo redt hij zijn gezicht. Nog beter was het geweest om het formulier niet eerst aan hem te geven.",
      next = "uitleg",
    },
    {
      id = "neem_de_tijd",
      text = "Neemt u gerust de tijd, hoor. Ik heb geen haast. Lees het rustig door, dan wacht ik even.",
      tags = { "laten-lezen" },
      effects = { schaamte = 2 },
      score = { signaleren = -1 },
      feedback = "Goed bedoeld, maar hier werkt tijd tegen hem: hoe langer hij 'leest', hoe groter de kans dat het opvalt. Een stilte helpt als iemand nadenkt, niet als iemand zich verstopt.",
      next = "te_lang_gewacht",
    },
    {
      id = "lukt_het_niet",
      text = "Lukt het niet?",
      tags = { "ontmaskeren" },
      effects = { vertrouwen = -2, schaamte = 3 },
      score = { signaleren = -2 },
      feedback = "Kort, maar pijnlijk: je zegt hardop wat hij probeert te verbergen. Hij zal het ontkennen. Help hem liever uit de situatie zonder hem te benoemen.",
      next = "ontkenning",
    },
    {
      id = "sneller_voorlezen",
      text = "Zal ik het even voorlezen? Dan gaat het wat sneller.",
      tags = { "mondeling" },
      effects = { schaamte = 1 },
      score = { mondeling = 1 },
      feedback = "Je neemt het van hem over, en dat is goed. Maar hij zat net zichtbaar met het formulier te worstelen, en nu zeg je 'voorlezen'. Hij weet dat jij het zag. Leg de oorzaak bij het formulier ('veel tekst voor drie dingen'), dan kan hij zijn gezicht houden.",
      next = "uitleg",
    },
  },
}

node "te_lang_gewacht" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.visits.ontkenning > 0 then
      return "Hij haalt zijn schouders op en steekt zijn hand uit. \"Geef dat ding maar mee. Mijn zus kijkt er vanavond wel even naar.\" Hij vouwt het formulier dubbel en steekt het in zijn jaszak."
    end
    return "Hij vouwt het formulier dubbel en steekt het in zijn jaszak. \"Weet je wat, ik neem hem mee. Mijn zus kijkt er vanavond wel even naar.\""
  end,
  choices = {
    {
      id = "deadline",
      text = "Prima. Denkt u er wel aan dat vrijdag echt de laatste dag is? Dan gaat de lijst naar de busmaatschappij.",
      tags = { "signaal-gemist" },
      score = { signaleren = -1, afspraken = -1 },
      feedback = "Je accepteert de uitvlucht en voegt er nog iets aan toe wat hij moet onthouden. Het signaal 'mijn zus kijkt er wel naar' was hier heel duidelijk.",
      next = "vrijdag_belofte",
    },
    {
      id = "zus_mag_bellen",
      text = "Prima. Als uw zus vragen heeft, mag ze me gewoon bellen.",
      tags = { "mondeling" },
      score = { afspraken = 1 },
      set = { zus = true },
      feedback = "Je laat zijn oplossing in zijn waarde en opent een kanaal zonder lezen: bellen. Dat is vriendelijk. Maar het formulier gaat nu mee naar huis, en of de zus tijd heeft, weet je niet. Je had het hier nog in twee minuten kunnen vertellen.",
      next = "vrijdag_belofte",
    },
    {
      id = "alsnog_vertellen",
      text = "Dat is goed. Of ik vertel het u nu even, dan bent u er meteen vanaf. Wat u wilt.",
      tags = { "mondeling", "uitweg" },
      score = { signaleren = 1, mondeling = 1 },
      feedback = "Een mooie tweede kans. Je laat zijn oplossing (de zus) in zijn waarde en biedt er een alternatief naast. Hij mag kiezen, en kiezen geeft regie terug.",
      next = "uitleg",
    },
  },
}

node "ontkenning" {
  speaker = "vader",
  mood = "boos",
  text = "Zijn gezicht wordt rood. \"Natuurlijk kan ik lezen. Wat denk jij wel? Ik heb gewoon geen tijd voor al dat papierwerk. Ik werk, weet je.\"",
  choices = {
    {
      id = "domme_vraag",
      text = "Sorry, dat was een domme vraag. Die formulieren zijn ook veel te lang. Zal ik u gewoon vertellen wat erin staat?",
      tags = { "herstel", "mondeling", "excuus" },
      effects = { schaamte = -1 },
      score = { signaleren = 1, mondeling = 1 },
      feedback = function(s)
        if s.schaamte >= 8 then
          return "Een goed excuus: je neemt de vraag terug en legt het probleem bij het formulier. Maar het komt te laat. Hij is in dit gesprek al te vaak geraakt, en nu wil hij alleen nog weg. Excuses werken het best na één misser, meteen."
        end
        return "Goed hersteld. Je neemt de schuld van de vraag op je, legt het probleem bij het formulier en biedt meteen een praktische oplossing. Zo kan hij zonder gezichtsverlies verder. De vraag zelf vergeet hij niet meteen."
      end,
      next = function(s)
        if s.schaamte >= 8 then return "klapt_dicht" end
        return "uitleg"
      end,
    },
    {
      id = "formule_excuus",
      text = "Neemt u me niet kwalijk.",
      tags = { "excuus" },
      feedback = "Een beleefde formule, maar geen herstel: je zegt niet wat je spijt, en je biedt niets aan. Hij blijft zitten met jouw vraag. Neem de vraag terug, leg de oorzaak bij het formulier, en bied aan te vertellen wat erin staat.",
      next = "te_lang_gewacht",
    },
    {
      id = "moet_wel_terug",
      text = "Ik bedoelde het niet verkeerd, hoor. Maar het formulier moet wel uiterlijk vrijdag terug zijn, anders kan ze niet mee.",
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, schaamte = 1 },
      score = { signaleren = -1 },
      feedback = "Je verdedigt je bedoeling en legt de druk terug bij hem, met dezelfde deadline. Zijn schaamte en boosheid krijgen geen plek. Erken eerst dat je vraag hem raakte.",
      next = "vrijdag_belofte",
    },
    {
      id = "cursus",
      text = "Er zijn gratis cursussen in de bibliotheek, mocht u daar interesse in hebben.",
      tags = { "oma", "advies", "ontmaskeren" },
      effects = { vertrouwen = -3, schaamte = 3 },
      score = { signaleren = -2 },
      set = { weggelopen = true },
      feedback = "Hij heeft net ontkend, en jij gaat door op je vermoeden met een advies (OMA). Daarmee zeg je eigenlijk: ik geloof u niet. Zo klapt hij dicht, en is het formulier verder weg dan ooit.",
      next = "dichtgeklapt",
    },
  },
}

node "klapt_dicht" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Hij pakt de pen van je bureau en zet onderaan het formulier een handtekening, zonder ernaar te kijken. \"Zo. Geregeld.\" Hij roept Mila.",
  next = "afscheid",
}

node "vrijdag_belofte" {
  speaker = "vader",
  mood = "neutraal",
  text = "\"Komt goed. Vrijdag heb je hem.\" Hij roept Mila, en ze gaan. Aan de deur zwaait Mila met haar tekening van een giraf.",
  next = "maandag",
}

node "maandag" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.zus then
      return "Vrijdag komt er geen formulier, en niemand belt. Maandagochtend staat Ron aan het hek, Mila huilend aan zijn hand: een klasgenoot heeft gezegd dat ze niet mee mag. \"Mijn zus is er niet aan toegekomen. Dat papier... Sorry. Kan ze nog mee?\""
    end
    return "Vrijdag komt er geen formulier. Maandagochtend staat Ron aan het hek, Mila huilend aan zijn hand: een klasgenoot heeft gezegd dat ze niet mee mag. \"Dat papier... ik ben het vergeten. Sorry. Kan ze nog mee?\""
  end,
  effects = { schaamte = 1 },
  choices = {
    {
      id = "deadline_verstreken",
      text = "Dan kan Mila helaas niet mee. Vrijdag was echt de laatste dag, en de lijst is al naar de busmaatschappij.",
      tags = { "regels" },
      effects = { vertrouwen = -3, schaamte = 2 },
      score = { signaleren = -1, afspraken = -1 },
      feedback = "Je houdt de regel vast, maar Mila betaalt de prijs voor iets wat haar vader niet kon. Een toestemmingsformulier is er voor de veiligheid, niet om te straffen. Met een mondelinge toelichting had het nu nog gekund.",
      next = "mila_niet_mee",
    },
    {
      id = "samen_nu",
      text = "Ze mag mee, we regelen het nu. Ik vertel wat erin staat en u zet een handtekening. Twee minuten.",
      tags = { "herstel", "mondeling" },
      effects = { vertrouwen = 1 },
      score = { mondeling = 1 },
      set = { laat = true },
      feedback = "Goed: je haalt Mila uit de onzekerheid en regelt het mondeling, zonder te vragen waarom het vrijdag niet lukte. Dit was woensdag al mogelijk geweest. Kijk terug welk signaal je toen miste.",
      next = "uitleg",
    },
    {
      id = "ik_had_gezegd",
      text = "Ik had het u toch duidelijk gezegd? En het stond ook in de app.",
      tags = { "verwijt" },
      effects = { vertrouwen = -3, schaamte = 3 },
      score = { signaleren = -2, mondeling = -1 },
      set = { weggelopen = true },
      feedback = "Een verwijt waar zijn dochter bij staat, en weer een verwijzing naar geschreven tekst. Zo beschaam je hem dubbel. Help eerst Mila, en vraag je daarna af welk signaal je woensdag miste.",
      next = "dichtgeklapt",
    },
  },
}

---------------------------------------------------------------------------
-- Het formulier vertellen
---------------------------------------------------------------------------

node "uitleg" {
  mood = "neutraal",
  text = "Je hebt het formulier in je hand: een vol A4'tje met tijden, een lijst met spullen, vragen over medicijnen en allergieën, en onderaan een regel voor de handtekening. Bovenaan staan drie plaatjes: een bus, een broodtrommel en een klok.",
  choices = {
    {
      id = "alles_voorlezen",
      text = "Je leest het hele formulier hardop voor, van boven naar beneden: de tijden, de spullenlijst, de vragen over medicijnen, en de kleine lettertjes over verzekering en beeldmateriaal.",
      tags = { "te-veel" },
      effects = { schaamte = 2 },
      score = { mondeling = -1 },
      feedback = "Je vertelt, en dat is goed. Maar alles achter elkaar voorlezen is voor niemand te onthouden, zeker niet voor iemand die niet kan terugbladeren. Kies wat ertoe doet, en vertel het in stukjes.",
      next = "overload",
    },
    {
      id = "drie_dingen",
      text = "Je wijst de drie plaatjes aan. \"Drie dingen. {reisdag} gaan ze met de bus. Om half negen hier zijn. Broodtrommel en drinken mee. En u tekent hier.\"",
      tags = { "mondeling", "beelden" },
      score = { mondeling = 2 },
      set = { kort = true },
      feedback = "Precies goed: kort, in kleine stukjes, en je koppelt elke boodschap aan een plaatje. Zo kan hij het onthouden en later terugvinden. Dit heet ook wel 'taal op B1-niveau, met beeld'.",
      next = "allergie",
    },
    {
      id = "lees_maar_mee",
      text = "Je legt het formulier voor hem neer en leest snel voor, met je vinger langs de regels. \"Leest u even mee?\"",
      tags = { "laten-lezen" },
      effects = { schaamte = 2 },
      score = { mondeling = -1, signaleren = -1 },
      feedback = "Je vertelt, maar vraagt hem tegelijk om mee te lezen. Zo zet je zijn lezen alsnog in de schijnwerpers. Laat de tekst los: vertellen en plaatjes aanwijzen is genoeg.",
      next = "allergie",
    },
    {
      id = "eigen_woorden",
      text = "Je vertelt in je eigen woorden wat erop staat: dinsdag de bus, half negen, eten en drinken mee. Dan wijs je de regel aan waar hij tekent.",
      tags = { "mondeling" },
      score = { mondeling = 1 },
      feedback = "Goed: je vertelt in plaats van hem te laten lezen, en je houdt het bij de hoofdzaken. De plaatjes bovenaan het formulier laat je liggen. Juist een beeld per boodschap (bus, broodtrommel, klok) helpt hem het thuis terug te vinden.",
      next = "allergie",
    },
  },
}

node "overload" {
  speaker = "vader",
  mood = "verward",
  text = "Hij knikt, steeds langzamer. \"Ho, ho. Dat gaat me een beetje te snel. Die verzekering en zo... moet ik daar iets mee?\"",
  choices = {
    {
      id = "nog_sneller",
      text = "Nee, dat is allemaal standaard, daar hoeft u niks mee. Het staat er allemaal op, dus u kunt het thuis nog rustig nalezen.",
      tags = { "laten-lezen" },
      effects = { schaamte = 2 },
      score = { mondeling = -1, signaleren = -1 },
      feedback = "'Thuis nalezen' is precies wat niet lukt. Je verschuift het probleem naar later en naar papier. Vat samen wat belangrijk is, in een paar korte zinnen.",
      next = "allergie",
    },
    {
      id = "kern",
      text = "Nee, daar hoeft u niks mee. Het belangrijkste: {reisdag}, half negen hier, broodtrommel mee. En u tekent dat ze mee mag.",
      tags = { "mondeling", "herstel" },
      effects = { schaamte = -1 },
      score = { mondeling = 1 },
      set = { kort = true },
      feedback = "Goed: je merkt dat het te veel was, en je brengt het terug tot de kern. Kort en concreet. Zo had je ook kunnen beginnen.",
      next = "allergie",
    },
  },
}

node "allergie" {
  speaker = "vader",
  mood = stemming,
  text = "\"Half negen, bus, broodtrommel. Snap ik.\" Hij fronst. \"Er staat toch ook iets over eten? Mila mag geen pinda's, hè. Ze heeft zo'n pen, zo'n prikpen, voor als het misgaat.\"",
  choices = {
    {
      id = "staat_in_dossier",
      text = "Dat staat vast al in haar dossier. Dat komt wel goed.",
      tags = { "aanname" },
      score = { afspraken = -1, lsd = -1 },
      feedback = "Een aanname over iets levensbelangrijks. Misschien staat het in het dossier, misschien niet, en de begeleiders in de bus lezen het formulier, niet het dossier. Vat samen wat hij zegt en zorg dat het op papier komt.",
      next = "mila_vraagt",
    },
    {
      id = "ik_schrijf",
      text = "Goed dat u het zegt. Ik schrijf het er nu bij: pinda-allergie, pen in haar tas. Ik lees het zo even voor.",
      tags = { "mondeling", "samen" },
      score = { mondeling = 1, afspraken = 1, lsd = 1 },
      set = { pinda = true },
      feedback = "Uitstekend. Je neemt zijn informatie serieus (hij is de deskundige over Mila), je neemt het schrijven over zonder er iets van te maken, en je leest het voor als controle. Dat laatste is ook nog eens gewoon zorgvuldig.",
      next = "mila_vraagt",
    },
    {
      id = "doorgeven",
      text = "Goed dat u het zegt! Ik geef het door aan de begeleiders in de bus.",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je neemt zijn informatie serieus, en dat is goed. Maar 'doorgeven' is mondeling, en in de drukte van een schoolreis raakt dat kwijt. De begeleiders kijken op het formulier: schrijf het erbij, en lees hem voor wat je schreef.",
      next = "mila_vraagt",
    },
    {
      id = "vraag_vier",
      text = "Dat kunt u zelf invullen bij vraag 4, onder 'medische bijzonderheden'. Daar is een regel voor, en u kunt er ook de medicijnen bij zetten.",
      tags = { "laten-schrijven" },
      effects = { schaamte = 2 },
      score = { mondeling = -1, signaleren = -1 },
      feedback = "Een schriftelijke instructie voor iemand die net liet merken dat hij het formulier niet zelf doorneemt. Nu moet hij schrijven waar jij bij staat. Neem die taak over, en lees daarna voor wat je hebt opgeschreven.",
      next = "vraag4",
    },
  },
}

node "vraag4" {
  speaker = "vader",
  mood = "gespannen",
  text = "Hij pakt de pen, kijkt naar het formulier en legt de pen weer neer. \"Weet je wat, schrijf jij het maar. Mijn handschrift is niks.\"",
  choices = {
    {
      id = "probeer_maar",
      text = "Ach, zo erg is uw handschrift vast niet. Probeert u het maar, het is maar één woordje.",
      tags = { "laten-schrijven" },
      effects = { vertrouwen = -1, schaamte = 3 },
      score = { signaleren = -2 },
      set = { pinda = true },
      feedback = "Je bedoelt het bemoedigend, maar je duwt hem precies waar hij weg wil. Hij schrijft langzaam 'pinda' en streept het half door. De schaamte is voelbaar. Neem het schrijven over als iemand daarom vraagt.",
      next = "mila_vraagt",
    },
    {
      id = "schrijf_u_tekent",
      text = "Geen probleem. Ik schrijf het op, en u zet er straks uw handtekening onder.",
      tags = { "uitweg" },
      score = { signaleren = 1 },
      set = { pinda = true },
      feedback = "Goed: je neemt het schrijven over. Met 'geen probleem' en een uitleg maak je er wel net iets meer van dan nodig. Hoe gewoner je het overneemt, hoe minder het opvalt.",
      next = "mila_vraagt",
    },
    {
      id = "natuurlijk",
      text = "Natuurlijk.",
      tags = { "uitweg" },
      score = { signaleren = 1, mondeling = 1 },
      set = { pinda = true },
      feedback = "Kort en perfect. Je gaat mee in zijn uitweg zonder er een woord aan vuil te maken. Soms is het beste antwoord één woord.",
      next = "mila_vraagt",
    },
  },
}

---------------------------------------------------------------------------
-- Mila komt erbij
---------------------------------------------------------------------------

node "mila_vraagt" {
  speaker = "mila",
  mood = "blij",
  text = "Mila komt aanrennen met een kaartje van het hamsterhok. \"Papa! Mag Koekje dit weekend bij ons logeren? Hier staat wie aan de beurt is! Lees maar, papa!\" Ron kijkt naar het kaartje. Dan naar jou.",
  -- Wachten laat hem vallen waar zijn dochter bij staat: minder erg dan hem actief
  -- ontmaskeren ("Papa kan het zelf wel lezen", -3), maar wel een fout. De knoop
  -- "mila_wacht" geeft al schaamte +2 en vertrouwen -1; hier komt bij dat hij zag dat
  -- jij hem niet hielp.
  timeout = {
    seconds = 10,
    next = "mila_wacht",
    score = { signaleren = -2 },
    effects = { vertrouwen = -1 },
    tags = { "stilte" },
    feedback = "Hier was wachten de fout. Mila vroeg haar vader om voor te lezen, en Ron keek naar jou. Door te zwijgen liet je hem alleen op het pijnlijkste moment: voor de ogen van zijn dochter. Nu moet hij zich er zelf uit redden, waar zij bij staat. Een stilte geeft ruimte als iemand iets wil zeggen, niet als iemand om hulp kijkt. Hier had je het voorlezen ongemerkt kunnen overnemen.",
  },
  choices = {
    {
      id = "morgen_vertellen",
      text = "Mila, dat vertel ik morgen in de kring. Ga je jas maar vast aandoen.",
      tags = { "afleiden" },
      effects = { schaamte = -1 },
      score = { signaleren = 1 },
      feedback = "Je redt Ron uit de situatie, en dat is goed. Maar Mila moet nu wachten, en het kaartje blijft een mysterie. Zelf voorlezen was net zo onopvallend en leuker geweest.",
      next = "mila_blij",
    },
    {
      id = "ik_lees_voor",
      text = "Zal ik het voorlezen? \"Dit weekend logeert Koekje bij... Mila!\"",
      tags = { "uitweg", "mondeling" },
      effects = { vertrouwen = 1, schaamte = -1 },
      score = { signaleren = 2 },
      set = { mila_gered = true },
      feedback = "Prachtig en ongemerkt. Je neemt het voorlezen over voordat het opvalt, alsof het de gewoonste zaak van de wereld is. Mila juicht, Ron kijkt je even aan: hij weet dat jij het weet, en dat het veilig is.",
      next = "mila_blij",
    },
    {
      id = "papa_kan_het_zelf",
      text = "Papa kan het zelf wel lezen, hè papa? Lees maar voor, dan hoort Mila het meteen!",
      tags = { "ontmaskeren" },
      effects = { vertrouwen = -3, schaamte = 4 },
      score = { signaleren = -3 },
      feedback = "Dit is het pijnlijkste moment om het te laten zien: waar zijn dochter bij staat. Mila weet het misschien niet, en dat wil hij zo houden. Help hem hier ongemerkt uit de situatie.",
      next = "mila_wacht",
    },
  },
}

node "mila_wacht" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Ron kijkt weg. \"Papa heeft zijn bril niet bij zich, schat. Vraag het morgen maar in de klas.\" Mila's gezicht betrekt. \"Papa vergeet altijd zijn bril.\"",
  effects = { schaamte = 2, vertrouwen = -1 },
  next = "app",
}

node "mila_blij" {
  speaker = "mila",
  mood = "blij",
  text = function(s)
    if s.flags.mila_gered then
      return "\"JAAA!\" Mila danst door de klas en rent naar de kapstok. Ron kijkt haar na en dan even naar jou. \"Dank je,\" zegt hij zacht."
    end
    return "\"Ohhh, morgen pas?\" Mila sjokt naar de kapstok. Ron ademt uit."
  end,
  next = "app",
}

---------------------------------------------------------------------------
-- Het echte gesprek
---------------------------------------------------------------------------

node "app" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.vertrouwen >= 6 then
      return "Hij tekent het formulier en blijft even staan. \"Die app, trouwens. Daar komt zoveel in. Mila's moeder deed dat altijd. Sinds we uit elkaar zijn...\" Hij maakt de zin niet af."
    end
    return "Hij krabbelt een handtekening op het formulier. \"Die app... Daar komt zoveel in. Mila's moeder deed dat altijd.\" Hij kijkt naar de deur."
  end,
  -- De stilte die helpt: telt als de samenvatting hieronder. De knoop
  -- "stilte_app" geeft vertrouwen +1, net als de samenvatting.
  timeout = {
    seconds = 20,
    next = "stilte_app",
    score = { lsd = 2 },
    tags = { "stilte" },
    feedback = "Goed: hij maakte zijn zin niet af, en jij liet de stilte vallen. Een onafgemaakte zin is een uitnodiging om te luisteren, niet om te regelen. Door te wachten liet je hem zelf kiezen of en hoeveel hij wilde vertellen, en bij schaamte is dat precies wat nodig is: hij houdt de regie. Dit is een stilte die helpt: hij zoekt naar woorden, hij verstopt zich niet.",
  },
  choices = {
    {
      id = "zij_deed_dat",
      text = "Zij deed dat altijd?",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Een echo van zijn eigen woorden: dat nodigt uit om verder te vertellen, zonder dat je invult wat hij bedoelt. Goed. Een samenvatting van wat het voor hem betekent ('en nu komt het op u neer'), of gewoon even zwijgen, had hem nog meer ruimte gegeven.",
      next = "bekentenis",
    },
    {
      id = "hoofdletters",
      text = "Dan zet ik de belangrijke berichten voortaan in hoofdletters bovenaan, dan vallen ze meer op.",
      tags = { "schriftelijk" },
      score = { mondeling = -1, lsd = -1 },
      feedback = "Je springt naar een oplossing die nog steeds om lezen draait, en je laat liggen wat hij net begon te vertellen. Hij maakte een zin niet af: dat is een uitnodiging om te luisteren, niet om te regelen.",
      next = "kanaal",
    },
    {
      id = "samenvatten_mist",
      text = "Zij deed het papierwerk, en nu komt het allemaal op u neer.",
      tags = { "lsd", "samenvatten" },
      effects = { vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Een rustige samenvatting die precies aansluit bij wat hij zegt, zonder in te vullen wat hij niet zegt. Zo geef je hem de ruimte om zelf verder te gaan. Alleen zwijgen had hier ook goed gewerkt.",
      next = "bekentenis",
    },
    {
      id = "scheiding_vraag",
      text = "Wat rot, een scheiding. Hoe gaat het eigenlijk met Mila daaronder?",
      tags = { "onderwerp-wisselen" },
      score = { lsd = -1 },
      feedback = "Een betrokken vraag, maar je wisselt van onderwerp: hij had het over de app en het papierwerk, niet over de scheiding. Blijf bij zijn woorden: vat samen wat hij mist.",
      next = "kanaal",
    },
  },
}

node "stilte_app" {
  mood = "neutraal",
  text = "Je zegt niets en wacht. Ron wrijft over zijn baard. Dan praat hij verder, zachter nu.",
  effects = { vertrouwen = 1 },
  next = "bekentenis",
}

node "bekentenis" {
  speaker = "vader",
  mood = function(s) return s.schaamte >= 7 and "gespannen" or "verdrietig" end,
  -- Het vertellen kost hem zelf ook iets.
  effects = { schaamte = 1 },
  text = function(s)
    if s.schaamte >= 7 then
      return "\"Ik ben... nooit zo'n lezer geweest. Laat maar. Het gaat prima zo.\" Hij kijkt naar de grond."
    end
    return "\"Ik ben nooit zo'n lezer geweest. Op school zat ik altijd achterin. De letters dansen een beetje, zeg maar. Mila weet het niet. Die denkt dat papa altijd zijn bril vergeet.\""
  end,
  choices = {
    {
      id = "niet_schamen",
      text = "Daar hoeft u zich toch niet voor te schamen! Eén op de negen ouders heeft daar moeite mee.",
      tags = { "oma", "mening" },
      effects = { schaamte = 1 },
      score = { lsd = -1 },
      feedback = "Goed bedoeld, maar je vertelt hem wat hij níet moet voelen (een mening, de M van OMA). Het cijfer klinkt als een statistiek waar hij nu onder valt. Erken liever zijn moed om het te vertellen.",
      next = "kanaal",
    },
    {
      id = "dank_kort",
      text = "Dank u dat u me dat vertelt.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      score = { lsd = 1 },
      set = { open = true },
      feedback = "Eenvoudig en goed: je waardeert dat hij het vertelt, zonder er iets van te maken. Wat hij nog niet weet: wat jij ermee doet. Zeg erbij dat het tussen jullie blijft en dat je samen wilt kijken hoe het anders kan.",
      next = "kanaal",
    },
    {
      id = "dank_en_samen",
      text = "Dank u dat u me dat vertelt. Dat blijft tussen ons. Zullen we samen kijken hoe het anders kan?",
      tags = { "lsd", "samen" },
      effects = { vertrouwen = 1, schaamte = -1 },
      score = { lsd = 1, signaleren = 2 },
      set = { open = true },
      feedback = "Heel goed. Je waardeert zijn openheid, belooft vertrouwelijkheid (dat kún je waarmaken) en maakt er meteen een gezamenlijke zoektocht van. Zijn vertrouwen wordt beloond, niet bestraft.",
      next = "kanaal",
    },
    {
      id = "taalhuis",
      text = "In de bibliotheek is een Taalhuis. Daar kunt u gratis en in uw eigen tempo beter leren lezen en schrijven. Ik geef u de folder mee.",
      tags = { "oma", "advies", "schriftelijk" },
      effects = { vertrouwen = -1, schaamte = 2 },
      score = { lsd = -1, signaleren = -1, mondeling = -1 },
      feedback = "Te snel en in de verkeerde vorm. Hij vertelt net voor het eerst iets kwetsbaars, en jij komt met een verbeterplan (de A van OMA), op papier nog wel. Het Taalhuis kan later waardevol zijn, als hij er zelf naar vraagt of als het vertrouwen er is.",
      next = "folder",
    },
  },
}

node "folder" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Hij pakt de folder aan, vouwt hem dubbel en steekt hem in zijn achterzak. \"Ja. Zal ik doen.\" Het klinkt niet overtuigd.",
  next = "kanaal",
}

node "kanaal" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.vertrouwen >= 7 then
      return "\"Maar hoe moet dat dan, met al die berichten? Ik wil niet dat Mila dingen mist omdat ik...\" Hij maakt een vaag gebaar."
    end
    return "\"Nou ja. Die berichten. Ik zie wel.\""
  end,
  choices = {
    {
      id = "voorleesfunctie",
      text = "Uw telefoon kan de berichten voorlezen. Dan gaat u naar instellingen, dan toegankelijkheid, dan gesproken inhoud, en dan zet u 'scherm uitspreken' aan. Daarna veegt u met twee vingers...",
      tags = { "te-veel", "schriftelijk" },
      effects = { schaamte = 2 },
      score = { mondeling = -1 },
      feedback = "Voorleessoftware kan echt helpen, maar een lange reeks instructies uit je hoofd is niet te onthouden. Het is bovendien weer een oplossing waarbij hij het alleen moet doen. Bied liever aan het een keer samen in te stellen, of begin met wat jij anders kunt doen.",
      next = "plaatjes",
    },
    {
      id = "hoe_wilt_u",
      text = "Hoe wilt u het liefst dat ik u iets laat weten?",
      tags = { "lsd" },
      score = { lsd = 1, mondeling = 1 },
      set = { bellen = true },
      feedback = "Een goede vraag: hij is de deskundige over wat voor hem werkt. Hij zegt 'Bellen. Gewoon bellen.' Het had hem nog makkelijker gemaakt als je zelf één voorstel had gedaan ('Zal ik u bellen als er iets belangrijks is?'): wie niet weet wat er kan, kan ook moeilijk kiezen.",
      next = "plaatjes",
    },
    {
      id = "korter_schrijven",
      text = "Ik probeer mijn berichten korter te maken, met minder moeilijke woorden.",
      tags = { "schriftelijk" },
      score = { mondeling = 1 },
      feedback = "Kortere berichten in eenvoudige taal helpen veel ouders, dus dit is een goede stap. Maar het blijft lezen. Voor Ron werkt een stem of een plaatje beter.",
      next = "plaatjes",
    },
    {
      id = "bellen_inspreken",
      text = "Als er iets belangrijks is, bel ik u. Neemt u niet op, dan spreek ik kort iets in. Dan hoeft u niks te lezen.",
      tags = { "mondeling" },
      score = { mondeling = 2, afspraken = 1 },
      set = { bellen = true },
      feedback = "Precies: de school past zich aan de ouder aan, niet andersom. Spreken in plaats van schrijven, en alleen als het belangrijk is, zodat het niet te veel wordt.",
      next = "plaatjes",
    },
  },
}

node "plaatjes" {
  mood = "neutraal",
  text = "Je kijkt naar de planbord-kaartjes boven het bord: een bus, een broodtrommel, een gymschoen, een klok. Mila kent ze uit de klas.",
  choices = {
    {
      id = "kaartje_plaatjes",
      text = "Ik geef Mila een kaartje mee met drie plaatjes: de bus, de broodtrommel en een klok op half negen. Voor op de koelkast.",
      tags = { "beelden", "mondeling" },
      score = { mondeling = 2 },
      feedback = "Slim: een geheugensteun zonder tekst, die Mila ook leuk vindt en die hem niet apart zet. Veel kinderen in groep 4 krijgen zo'n kaartje. Plaatjes werken voor iedereen.",
      next = "afronden",
    },
    {
      id = "alles_duidelijk",
      text = "Verder is alles duidelijk, toch?",
      tags = { "gesloten-vraag" },
      score = { afspraken = -1 },
      feedback = "Een gesloten vraag waar bijna iedereen 'ja' op zegt, zeker iemand die zich schaamt. Zo weet je niets. Controleer begrip liever met een vraag naar wat hij gaat doen.",
      next = "afronden",
    },
    {
      id = "spraakbericht",
      text = "Zal ik maandag de tijd en de spullen nog even inspreken, als spraakbericht?",
      tags = { "mondeling" },
      score = { mondeling = 1 },
      feedback = "Goed: een herinnering die hij kan beluisteren in plaats van lezen. Een spraakbericht is wel weer een extra bericht dat hij moet openen. Een kaartje met plaatjes op de koelkast hangt er gewoon, ook voor Mila.",
      next = "afronden",
    },
    {
      id = "briefje_schrijven",
      text = "Ik schrijf alles nog even voor u op een briefje: de tijd, wat ze mee moet nemen en het telefoonnummer van school. Dan heeft u het op papier.",
      tags = { "schriftelijk" },
      effects = { schaamte = 2 },
      score = { mondeling = -2 },
      feedback = "Na alles wat er gezegd is, toch weer papier. Het voelt alsof je niet hebt gehoord wat hij vertelde. Gebruik beelden en je stem, niet meer tekst.",
      next = "afronden",
    },
  },
}

node "afronden" {
  speaker = "vader",
  mood = stemming,
  text = "Mila trekt aan zijn mouw. \"Papa, kom nou!\" Ron pakt haar jas. \"Nou, dan gaan we maar.\"",
  -- Zwijgen laat hem gaan zonder afspraak: dat kost.
  timeout = {
    seconds = 10,
    next = "afscheid",
    score = { afspraken = -2, lsd = -1 },
    tags = { "stilte" },
    feedback = "Je liet hem gaan zonder één concrete stap. Dat voelt als rust, maar zo blijft het contact afhangen van berichten die hij niet leest. Juist bij het afscheid, als Mila al trekt, is één korte afspraak nodig: wie belt wanneer, en een vraag naar wat hij dinsdag doet.",
  },
  choices = {
    {
      id = "lijstje",
      text = "Dan nog even dit: de leesmap moet elke week getekend, de bibliotheekboeken zijn over tijd, volgende week is er luizencontrole en de uitnodiging voor de oudergesprekken komt in de app.",
      tags = { "te-veel", "schriftelijk" },
      effects = { vertrouwen = -1, schaamte = 2 },
      score = { afspraken = -2 },
      feedback = "Vier nieuwe dingen in één adem, waarvan twee over lezen en één via de app. Zo raakt de ene belangrijke boodschap (dinsdag) ondergesneeuwd, en gaat hij met een onhaalbare lijst naar huis. Kies één stap.",
      next = "afscheid",
    },
    {
      id = "tot_dinsdag",
      text = "Tot dinsdag! Half negen, hè?",
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = "Vriendelijk, en je herhaalt het belangrijkste: de tijd. Maar 'hè?' vraagt alleen om een knik, en er is geen volgende stap. Een telefoontje op maandag en een vraag naar wat hij dinsdag doet, hadden het vastgezet.",
      next = "afscheid",
    },
    {
      id = "een_stap",
      text = "Eén ding nog. Maandagavond bel ik u even, om zeven uur, en dan nemen we {reisdag} samen door. Hoe laat staat u dinsdag hier?",
      tags = { "afspraken", "begrip-checken" },
      score = { afspraken = 2, lsd = 1 },
      set = { stap = true },
      feedback = "Eén concrete stap (wie belt, wanneer) en een controlevraag die hij moet beantwoorden met wat hij gaat doen. Zo weet je of het is overgekomen, zonder te vragen 'is het duidelijk?'.",
      next = function(s)
        if s.flags.kort then return "controle_goed" end
        return "controle_fout"
      end,
    },
    {
      id = "in_de_app",
      text = "Als er nog iets is, leest u het wel in de app.",
      tags = { "schriftelijk" },
      effects = { schaamte = 2 },
      score = { afspraken = -1, mondeling = -1 },
      feedback = "Uit gewoonte terug naar het kanaal dat voor hem niet werkt. Sluit af met één concrete stap die zonder lezen kan.",
      next = "afscheid",
    },
  },
}

node "controle_goed" {
  speaker = "vader",
  mood = stemming,
  text = "\"Half negen. Met die broodtrommel. En haar pen in haar tas.\" Hij steekt zijn duim op.",
  next = "afscheid",
}

node "controle_fout" {
  speaker = "vader",
  mood = "verward",
  text = "\"Eh... negen uur, toch? Of was het half negen?\" Hij kijkt naar Mila, alsof zij het weet.",
  choices = {
    {
      id = "zei_ik_al",
      text = "Half negen! Dat zei ik net al.",
      tags = { "verwijt" },
      effects = { vertrouwen = -1, schaamte = 2 },
      score = { mondeling = -1 },
      feedback = "Je controlevraag werkte: je ontdekte dat het niet was overgekomen. Maar daarna leg je de fout bij hem. Als het niet overkomt, lag het vaak aan de uitleg: die was te lang of te vol. Herhaal rustig, kort, en liefst met een beeld.",
      next = "afscheid",
    },
    {
      id = "rustig_herhalen",
      text = "Half negen. (Je wijst de klok bovenaan het formulier aan.) Kijk: half negen. En maandag zeg ik het nog een keer aan de telefoon.",
      tags = { "mondeling", "beelden" },
      score = { mondeling = 1 },
      feedback = "Goed: je controlevraag liet zien dat het niet helemaal was overgekomen. Je herhaalt rustig en kort, met een beeld en een tweede moment. Zo hoort begrip checken te werken: niet om te toetsen, maar om bij te sturen.",
      next = "afscheid",
    },
  },
}

node "afscheid" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    local e = welk_einde(s)
    if e == "samen_geregeld" then
      return "Bij de deur draait hij zich om. \"Hé. Bedankt, hè. Echt.\" Mila zwaait met het kaartje."
    elseif e == "alleen_het_formulier" and s.vertrouwen >= 7 then
      return "\"Doei!\" roept Mila. Ron steekt zijn hand op. \"Tot dinsdag dan.\""
    elseif e == "alleen_het_formulier" then
      return "\"Doei!\" roept Mila. Ron steekt kort zijn hand op en is weg."
    end
    return "Ron loopt zonder iets te zeggen de klas uit, Mila aan zijn hand."
  end,
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_geregeld" {
  title = "Samen geregeld",
  outcome = "good",
  text = function(s)
    local t = "Het formulier is getekend, met Mila's pinda-allergie erop, en Ron ging de deur uit zonder zich beschaamd te voelen. Je hebt de signalen opgemerkt en een uitweg geboden in plaats van een spiegel."
    if s.flags.mila_gered then
      t = t .. " Toen Mila vroeg of papa wilde voorlezen, nam jij het ongemerkt over: daar begon zijn vertrouwen."
    end
    if s.flags.bellen then
      t = t .. " Belangrijke dingen hoort hij voortaan van jou, via een telefoontje of een ingesproken bericht."
    end
    if s.flags.laat then
      t = t .. " Wel pas op maandag: woensdag had je het al kunnen regelen."
    end
    return t .. " Maandagavond bel je hem. Als het vertrouwen groeit, kan hij later misschien zelf vragen naar hulp bij het lezen, bijvoorbeeld bij het Taalhuis. Dat is dan zijn stap, niet de jouwe."
  end,
}

ending "alleen_het_formulier" {
  title = "Het formulier is binnen",
  outcome = "mixed",
  text = function(s)
    local t = "Het formulier is getekend, dus Mila kan mee. Dat is het belangrijkste van vandaag."
    if not s.flags.pinda then
      t = t .. " Maar de pinda-allergie staat er niet op: bel hem om het alsnog samen aan te vullen, en geef het door aan de begeleiders."
    end
    if s.schaamte >= 6 then
      t = t .. " Ron is wel een paar keer in een pijnlijke positie gekomen. De kans is klein dat hij uit zichzelf vertelt wat er speelt."
    elseif not s.flags.stap then
      t = t .. " Er is geen concrete volgende stap, dus het contact blijft afhangen van berichten die hij niet leest."
    elseif not s.flags.open then
      if bril_gezien(s) then
        t = t .. " Wat er achter de vergeten bril zit, heeft hij niet verteld, of jij ging er niet op in. Op het moment dat hij een zin niet afmaakte, was luisteren (of even zwijgen) de sleutel."
      else
        t = t .. " Waarom hij niet op berichten reageert, weet je nog steeds niet. Op het moment dat hij een zin niet afmaakte, was luisteren (of even zwijgen) de sleutel."
      end
    else
      t = t .. " Het contact is nog broos. Blijf spreken in plaats van schrijven."
    end
    return t
  end,
}

ending "dichtgeklapt" {
  -- Een ernstige professionele fout: een laaggeletterde ouder ontmaskerd of beschaamd,
  -- soms waar zijn dochter bij stond. Wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Dichtgeklapt",
  outcome = "bad",
  text = function(s)
    local t
    if not s.flags.weggelopen then
      t = "Het formulier is getekend, maar Ron is onderweg dichtgeklapt. Hij heeft zich een paar keer ontmaskerd of beschaamd gevoeld, en de kans dat hij nog op berichten of gesprekken reageert, is kleiner geworden."
    else
      t = "Ron heeft zich ontmaskerd of beschuldigd gevoeld en is dichtgeklapt. Het formulier is niet geregeld, en de kans dat hij nog op berichten of gesprekken reageert, is kleiner geworden."
    end
    if s.visits.klapt_dicht > 0 then
      t = t .. " Je excuus was goed, maar het kwam na te veel pijnlijke momenten."
    end
    return t .. " Wie niet goed kan lezen, verstopt dat vaak uit schaamte. Wie die schaamte raakt, verliest het contact. Kijk terug: welke signalen zag je, en hoe had je een uitweg kunnen bieden in plaats van een vraag die hem klem zette?"
  end,
}

ending "mila_niet_mee" {
  -- Een professionele fout: het kind wordt gestraft voor wat de ouder niet kon.
  grade_cap = "onvoldoende",
  title = "Mila blijft thuis",
  outcome = "bad",
  text = "Mila gaat niet mee op schoolreisje. Ze betaalt de prijs voor een formulier dat haar vader niet kon lezen. Ron voelt zich bevestigd in wat hij al dacht: school is papier, en papier is niet voor hem. Een toestemmingsformulier is er voor de veiligheid, niet om te straffen. Met twee minuten vertellen had je het kunnen regelen.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- positief begin, meteen aanbieden te vertellen, drie plaatjes, allergie opschrijven,
  -- hamsterkaartje voorlezen, stilte laten vallen (t), bedanken, bellen, plaatjeskaart,
  -- één stap. Vertrouwen gaat van 4 naar 8, schaamte van 4 naar 2.
  choices = "3,4,2,2,2,t,3,4,1,3",
  ending = "samen_geregeld",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { signaleren = 8, mondeling = 9, lsd = 5, afspraken = 4 },
}

plan "beste_pad_met_woorden" {
  -- als beste_pad, maar met een samenvatting ('nu komt het allemaal op u neer')
  -- in plaats van de stilte
  choices = "3,4,2,2,2,3,3,4,1,3",
  ending = "samen_geregeld",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "signaal_bij_de_bril" {
  -- 'samen invullen' (half goed: hij moet dan toch lezen); hij zegt dat hij zijn bril
  -- niet bij zich heeft (de tekst volgt op 'samen invullen'), en dan de uitweg:
  -- 'die letters zijn ook piepklein'. Daarna als het beste pad, met een samenvatting.
  choices = "3,3,2,2,2,2,3,3,4,1,3",
  ending = "samen_geregeld",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "middenpad" {
  -- steeds het halve antwoord: zakelijk begin, 'ik kan het ook voorlezen', in eigen
  -- woorden zonder plaatjes, de allergie alleen doorgeven, Mila afleiden, zijn woorden
  -- herhalen, kort bedanken, vragen hoe hij bereikt wil worden, een spraakbericht,
  -- één stap; de controlevraag laat zien dat half negen niet is aangekomen
  choices = "1,3,3,4,3,1,1,2,2,3,3,2",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.602,
}

plan "maandag_hersteld" {
  -- signalen gemist (formulier mee naar huis), op maandag wel mondeling geregeld,
  -- daarna goed; Mila's tranen en de late dag kosten schaamte en punten
  choices = "1,1,1,2,2,2,2,t,3,4,1,3",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.755,
}

plan "zus_belt_niet" {
  -- hem zelf laten lezen en zwijgend wachten (t); 'uw zus mag me bellen' (half goed);
  -- op maandag zegt hij dat zijn zus er niet aan toekwam, en dan alsnog goed
  choices = "3,1,5,t,2,2,2,2,2,t,3,4,1,3",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.759,
}

plan "stilte_verkeerd" {
  -- hem het formulier zelf laten lezen en zwijgend wachten (t), daarna zwijgen toen Mila
  -- om voorlezen vroeg (t); hij vertelt daarna nog wel iets, maar kort ('Laat maar')
  choices = "3,3,5,t,3,2,2,t,3,3,4,1,3",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.676,
}

plan "excuus_werkt" {
  -- 'kunt u eigenlijk wel lezen?' na een goed begin; het excuus komt meteen en legt de
  -- oorzaak bij het formulier: het werkt, maar hij vertrouwt je daarna minder
  choices = "3,1,4,1,2,2,2,t,3,4,1,3",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.796,
}

plan "excuus_te_laat" {
  -- verwijt, 'het stond in de app', 'kunt u eigenlijk wel lezen?': het excuus komt na te
  -- veel pijnlijke momenten; hij tekent zonder te kijken en gaat
  choices = "2,2,4,1",
  ending = "dichtgeklapt",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "formule_excuus" {
  -- na 'kunt u eigenlijk wel lezen?' alleen 'neemt u me niet kwalijk': hij neemt het
  -- formulier mee naar zijn zus; de deadline en maandag de regel vasthouden
  choices = "3,1,4,2,1,1",
  ending = "mila_niet_mee",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "papa_kan_het_zelf" {
  -- verder een sterk gesprek, maar 'papa kan het zelf wel lezen' waar Mila bij staat:
  -- het einde begrenst het oordeel (grade_cap = "onvoldoende")
  choices = "3,4,2,2,3,3,3,4,1,3",
  ending = "dichtgeklapt",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.792,
}

plan "zonder_stap" {
  -- als beste_pad, maar bij het afscheid zwijgen (t): geen concrete stap, geen controle
  choices = "3,4,2,2,2,t,3,4,1,t",
  ending = "alleen_het_formulier",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.767,
}

plan "slechtste_pad" {
  -- verwijt, 'het stond in de app', 'kunt u eigenlijk wel lezen?', folder over cursussen
  choices = "2,2,4,4",
  ending = "dichtgeklapt",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "deadline_gemist" {
  -- formulier mee naar huis laten nemen en op maandag de regel vasthouden
  choices = "1,1,1,1",
  ending = "mila_niet_mee",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
