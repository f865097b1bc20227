-- Drie stoelen: een gesprek met een tolk erbij
-- Thema: moeilijk bereikbare ouders. De moeder van Winta spreekt Tigrinya; een
-- professionele tolk zit bij het gesprek. Oefent: de ouder zelf aanspreken (niet
-- "wilt u haar vragen..."), in korte stukken praten zodat de tolk alles kan
-- vertalen, de tolk zijn werk laten doen (alles vertalen, neutraal, geen
-- adviseur over de familie), en begrip controleren met een taakvraag aan de
-- moeder, via de tolk. Inhoudelijk: extra leeshulp zonder dat een kind "weg
-- moet", en thuistaal als hulp in plaats van hindernis.
--
-- Waarom een professionele tolk en geen kind of familielid: zie README.md
-- ("De kwaliteitslat"). De keuze "Winta kan de volgende keer vertalen" staat
-- er met opzet in; het einde daarvan begrenst het oordeel.
--
-- Alle teksten staan in het Nederlands (nl) en het Engels (en).

scenario {
  id = "tolkgesprek",
  version = 1,
  title = { nl = "Drie stoelen", en = "Three chairs" },
  language = "nl",
  tags = { "moeilijk bereikbare ouders", "taalbarrière", "tolk", "begrip controleren", "groep 5" },
  level = 2,
  minutes = 15,
  summary = {
    nl = "De moeder van Winta komt voor het eerst naar een gesprek, met een tolk Tigrinya erbij. Je vertelt hoe het lezen van Winta gaat en wat de school gaat doen.",
    en = "Winta's mother comes to a meeting for the first time, with a Tigrinya interpreter. You tell her how Winta's reading is going and what the school will do.",
  },
  briefing = {
    nl = [[
Je bent leerkracht van groep 5 van basisschool De Boomgaard in Amersfoort. Het is donderdag, half vier.

Winta Berhane (8) kwam drie jaar geleden met haar ouders uit Eritrea. Na een jaar in een nieuwkomersklas kwam ze in groep 4 bij jullie. Ze is vrolijk, heeft veel vriendinnen en praat op het plein vlot Nederlands. Ze leest de woorden redelijk vlot. Maar bij de toets van januari begreep ze de meeste teksten niet: ze kent veel woorden nog niet.

Met de intern begeleider heb je een plan gemaakt. Vanaf maandag leest Winta vier keer per week twintig minuten extra bij de onderwijsassistent, met drie kinderen uit haar eigen klas, in het lokaal naast de klas. Over zes weken kijken jullie of het helpt. Je wilt ook met moeder bespreken wat zij thuis kan doen.

Moeder, Senait Tekle, spreekt Tigrinya en een paar woorden Nederlands. Ze was twee keer op school: bij de inschrijving en bij een koffieochtend. Op uitnodigingen voor gesprekken kwam tot nu toe geen antwoord. Deze keer belde de intern begeleider haar met een telefoontolk, en ze zei meteen ja. Vader werkt overdag en kan niet komen.

De school heeft via het tolkenbureau een tolk Tigrinya geregeld: Yonas Mehari. Hij komt naar school en zit bij het gesprek. De school betaalt hem. Je hebt een half uur.]],
    en = [[
You teach year 5 (groep 5, age 8-9) at De Boomgaard primary school in Amersfoort. It is Thursday, half past three.

Winta Berhane (8) came from Eritrea with her parents three years ago. After a year in a newcomers' class she joined your school in year 4. She is cheerful, has lots of friends and speaks fluent Dutch in the playground. She reads the words reasonably fluently. But in the January test she did not understand most of the texts: there are many words she does not know yet.

With the special needs coordinator (intern begeleider) you have made a plan. From Monday Winta will read an extra twenty minutes four times a week with the teaching assistant, together with three children from her own class, in the room next to the classroom. In six weeks you will look at whether it helps. You also want to discuss with her mother what she can do at home.

Her mother, Senait Tekle, speaks Tigrinya and a few words of Dutch. She has been to the school twice: at registration and at a coffee morning. Invitations to meetings have gone unanswered so far. This time the coordinator called her with a telephone interpreter, and she said yes straight away. Winta's father works during the day and cannot come.

Through the interpreting agency the school has arranged a Tigrinya interpreter: Yonas Mehari. He comes to the school and sits in on the meeting. The school pays for him. You have half an hour.]],
  },
  goals = {
    { nl = "Je voert het gesprek met mevrouw Tekle zelf; de tolk maakt dat mogelijk.",
      en = "You hold the conversation with Mrs Tekle herself; the interpreter makes that possible." },
    { nl = "Je brengt je boodschap zo dat een tolk hem helemaal kan vertalen.",
      en = "You bring your message in a way an interpreter can translate in full." },
    { nl = "Je weet aan het eind zeker wat mevrouw Tekle heeft begrepen.",
      en = "At the end you know for sure what Mrs Tekle has understood." },
    { nl = "Je maakt afspraken die passen bij wat zij thuis kan doen.",
      en = "You make agreements that fit what she can do at home." },
  },
  vars = { kind = "Winta", groep = 5 },
  start = "aankomst",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Senait Tekle",
  role = { nl = "moeder van Winta", en = "Winta's mother" },
  portrait = { skin = 5, hair = "hoofddoek", hair_color = "#efe9dc", age = "middel", shirt = "#5a7d4f" },
}

character "tolk" {
  name = "Yonas Mehari",
  role = { nl = "tolk Tigrinya", en = "Tigrinya interpreter" },
  portrait = { skin = 5, hair = "kort", hair_color = "#1a1410", glasses = true, age = "middel", shirt = "#2f3e5c" },
}

-- Tempo van de gevoelens. Mevrouw Tekle kent jou en de school nauwelijks, en
-- elk woord gaat via een vreemde. Vertrouwen stijgt daarom hooguit 1 per beurt
-- (start 3); wie alles goed doet, eindigt op 7, niet op 10. Haar
-- ongerustheid (verborgen, start 5) daalt pas echt als ze hoort dat Winta in
-- haar klas blijft; een leeg "maakt u zich geen zorgen" doet niets, en een
-- stilte na haar bezorgde vraag maakt het erger. Wat ze begrepen heeft, is
-- geen meter: dat weet je pas als je het controleert.
meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 3, visible = true }
meter "ongerust"   { label = { nl = "Ongerustheid", en = "Worry" }, min = 0, max = 10, start = 5, visible = false }

-- Over de vlaggen. Teksten die afhangen van de vorige zet lezen s.flags.net
-- ("wat er net gebeurde"): elke keuze zet die vlag opnieuw. Wat langer moet
-- blijven, staat in een eigen vlag, en wie die niet meer nodig heeft, wist hem
-- (s.flags.x = nil). Zo blijven er weinig verschillende toestanden over en kan
-- "gesprekslab check" elk pad nalopen.

competency "rechtstreeks"   { label = { nl = "De ouder zelf aanspreken, niet via de tolk over haar praten", en = "Addressing the parent herself, not talking about her to the interpreter" }, weight = 2 }
competency "korte_stukken"  { label = { nl = "In korte stukken spreken, zonder jargon", en = "Speaking in short units, without jargon" }, weight = 2 }
competency "begrip_checken" { label = { nl = "Begrip controleren met een taakvraag", en = "Checking understanding with a task question" }, weight = 2 }
competency "tolk"           { label = { nl = "Samenwerken met een professionele tolk", en = "Working with a professional interpreter" }, weight = 1 }
competency "aansluiten"     { label = { nl = "Aansluiten bij de moeder: luisteren, geruststellen met feiten", en = "Connecting with the mother: listening, reassuring with facts" }, weight = 1 }
competency "afspraken"      { label = { nl = "Afspraken die passen bij deze ouder", en = "Agreements that fit this parent" }, weight = 1 }

-- Hoe vaak de student via de tolk over de moeder praatte, in s.flags.via
-- (1, 2, of 3 voor "drie keer of vaker"). Elke keuze met het label "via-tolk"
-- roept deze functie aan als effect.
local function via_tolk(s)
  s.flags.via = math.min((s.flags.via or 0) + 1, 3)
end

-- Haar gezicht: eerst ongerustheid, dan vertrouwen.
local function stemming(s)
  if s.ongerust >= 8 then return "verdrietig" end
  if s.ongerust >= 6 then return "gespannen" end
  if s.vertrouwen <= 2 then return "verward" end
  if s.vertrouwen >= 6 then return "blij" end
  return "neutraal"
end

-- Is er op dit pad een misverstand ontstaan (haar Nederlands praten thuis, of
-- een groepje "buiten de klas") dat nog niet is rechtgezet?
local function misverstand(s)
  return (s.flags.thuisplan == "nederlands" or s.flags.groepje ~= nil) and not s.flags.rechtgezet
end

local function welk_einde(s)
  if s.flags.vervolg == "winta" then return "winta_tolk" end
  if (s.flags.via or 0) >= 3 then return "over_haar_heen" end
  local b = s.flags.begrip
  if b == "misverstand_thuis" or b == "misverstand_buiten" or b == "misverstand_apart" then return "misverstand_mee" end
  if (b == "gecheckt" or b == "rechtgezet") and (s.flags.vervolg == "school" or s.flags.vervolg == "bellen")
     and (s.flags.via or 0) <= 1 and not s.flags.lang_stuk and s.vertrouwen >= 6 and s.ongerust <= 4 then
    return "twee_stoelen"
  end
  return "half"
end

---------------------------------------------------------------------------
-- Voor het gesprek: de tolk
---------------------------------------------------------------------------

node "aankomst" {
  text = {
    nl = "Vijf minuten voor half vier klopt er iemand op de deur van je lokaal. Door het raam in de gang zie je mevrouw Tekle op een bankje zitten, haar tas op schoot.",
    en = "At twenty-five past three someone knocks on your classroom door. Through the window in the corridor you see Mrs Tekle sitting on a bench, her bag on her lap.",
  },
  next = "voorgesprek",
}

node "voorgesprek" {
  speaker = "tolk",
  mood = "neutraal",
  text = {
    nl = "\"Goedemiddag. Yonas Mehari, tolk Tigrinya. Mevrouw Tekle zit al in de gang. Zullen we beginnen?\"",
    en = "\"Good afternoon. Yonas Mehari, Tigrinya interpreter. Mrs Tekle is already waiting in the corridor. Shall we start?\"",
  },
  choices = {
    {
      id = "familie",
      text = {
        nl = "Fijn dat u er bent. Kent u de familie misschien? Dan weet u vast beter dan ik hoe ik dit het best kan brengen.",
        en = "Good that you're here. Do you happen to know the family? Then you'll know better than I do how best to put this.",
      },
      tags = { "tolk-als-adviseur" },
      score = { tolk = -1 },
      set = { net = "familie" },
      feedback = {
        nl = "Begrijpelijk: je zoekt steun bij iemand die de taal en misschien de gemeenschap kent. Vragen of hij de familie kent is zelfs goed (dan kan een andere tolk beter zijn). Maar om zijn advies vragen niet: een professionele tolk is neutraal. Hoe je het brengt, bepaal jij.",
        en = "Understandable: you look for support from someone who knows the language and perhaps the community. Asking whether he knows the family is even good (then another interpreter may be better). But asking for his advice is not: a professional interpreter is neutral. How you put it is up to you.",
      },
      next = "tolk_reageert",
    },
    {
      id = "meteen",
      text = {
        nl = "Ja hoor, ze wacht al even. Komt u maar.",
        en = "Yes, she's been waiting a while. Do come in.",
      },
      feedback = {
        nl = "Vriendelijk voor de moeder, die wacht. Maar één minuut met de tolk vooraf (waar gaat het over, vertaalt u alles) voorkomt gedoe tijdens het gesprek.",
        en = "Kind to the mother, who is waiting. But one minute with the interpreter beforehand (what it's about, will you translate everything) prevents trouble during the conversation.",
      },
      set = { net = "meteen" },
      next = "plaats",
    },
    {
      id = "voorbereiden",
      text = {
        nl = "Eén minuut nog: het gaat over Winta's lezen. Wilt u alles vertalen, ook wat er tussendoor gezegd wordt?",
        en = "One more minute: it's about Winta's reading. Will you translate everything, including what's said in between?",
      },
      tags = { "voorgesprek" },
      score = { tolk = 2 },
      set = { net = "voorbereiden", voorbereid = true },
      feedback = {
        nl = "Goed: een voorgesprek van een minuut. De tolk weet waar het over gaat, en jullie spreken af dat alles vertaald wordt, ook een opmerking tussendoor. Zo wordt er niets gezegd wat de moeder niet hoort.",
        en = "Good: a one-minute briefing. The interpreter knows what it's about, and you agree that everything is translated, including a remark in between. That way nothing is said that the mother doesn't hear.",
      },
      next = "plaats",
    },
    {
      id = "eenvoudig",
      text = {
        nl = "Wilt u het straks wat eenvoudiger vertalen? Ik denk dat ze niet lang naar school is geweest.",
        en = "Could you translate it a bit more simply later? I don't think she went to school for long.",
      },
      tags = { "tolk-als-adviseur" },
      score = { tolk = -1 },
      set = { net = "eenvoudig" },
      feedback = {
        nl = "Goed bedoeld, maar je vraagt de tolk je boodschap te veranderen. Een tolk vertaalt getrouw; eenvoudig praten is jouw werk. En hoe lang ze naar school ging, weet je niet.",
        en = "Well meant, but you are asking the interpreter to change your message. An interpreter translates faithfully; speaking simply is your job. And you don't know how long she went to school.",
      },
      next = "tolk_reageert",
    },
  },
}

node "tolk_reageert" {
  speaker = "tolk",
  mood = "neutraal",
  text = function(s)
    if s.flags.net == "eenvoudig" then
      return {
        nl = "\"Ik vertaal zo precies mogelijk wat u zegt. Praat u eenvoudig, dan vertaal ik eenvoudig.\" Hij pakt een blocnote.",
        en = "\"I translate what you say as precisely as I can. If you speak simply, I translate simply.\" He takes out a notepad.",
      }
    end
    return {
      nl = "\"Ik ken mevrouw niet. Als ik haar wel kende, zou ik het zeggen; dan kunt u beter een andere tolk vragen. Ik vertaal. Hoe u het brengt, bepaalt u.\"",
      en = "\"I don't know her. If I did, I would tell you; then you'd better ask for another interpreter. I translate. How you put it is up to you.\"",
    }
  end,
  next = "plaats",
}

node "plaats" {
  mood = "neutraal",
  text = {
    nl = "Mevrouw Tekle komt binnen met haar jas aan. Ze geeft je een hand en kijkt naar de drie stoelen bij je tafel.",
    en = "Mrs Tekle comes in with her coat on. She shakes your hand and looks at the three chairs by your table.",
  },
  choices = {
    {
      id = "naast_jou",
      text = {
        nl = "Je vraagt Yonas naast jou te komen zitten, dan verstaat hij je goed.",
        en = "You ask Yonas to sit next to you, so he can hear you well.",
      },
      score = { rechtstreeks = -1 },
      set = { net = "naast_jou" },
      feedback = {
        nl = "Praktisch gedacht, maar nu zitten jij en de tolk samen tegenover de moeder: twee tegen één. Ze zal steeds naar de man kijken die haar taal spreekt.",
        en = "Practical, but now you and the interpreter sit together facing the mother: two against one. She will keep looking at the man who speaks her language.",
      },
      next = "welkom",
    },
    {
      id = "driehoek",
      text = {
        nl = "Je zet de stoelen in een driehoek: jij en zij tegenover elkaar, Yonas opzij.",
        en = "You set the chairs in a triangle: you and her facing each other, Yonas to the side.",
      },
      score = { rechtstreeks = 1 },
      set = { net = "driehoek" },
      feedback = {
        nl = "Goed: zo kijken jij en de moeder elkaar aan, en is de tolk een stem aan de zijkant. Het gesprek is van jullie twee.",
        en = "Good: this way you and the mother look at each other, and the interpreter is a voice at the side. The conversation belongs to the two of you.",
      },
      next = "welkom",
    },
    {
      id = "zelf_kiezen",
      text = {
        nl = "\"Gaat u zitten waar u wilt.\" Yonas gaat naast mevrouw Tekle zitten, tegenover jou.",
        en = "\"Sit wherever you like.\" Yonas sits down next to Mrs Tekle, facing you.",
      },
      feedback = {
        nl = "Gastvrij, maar nu zit de tolk naast haar, en draait ze zich bij elke zin naar hem toe. De opstelling kun je zelf regelen: een driehoek, met jullie tweeën tegenover elkaar.",
        en = "Hospitable, but now the interpreter sits next to her, and she turns to him at every sentence. You can arrange the seating yourself: a triangle, with the two of you facing each other.",
      },
      set = { net = "zelf_kiezen" },
      next = "welkom",
    },
  },
}

---------------------------------------------------------------------------
-- Welkom en de eerste vraag
---------------------------------------------------------------------------

node "welkom" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Ze gaat zitten en glimlacht voorzichtig. \"Goedemiddag.\" Dan zegt ze iets in het Tigrinya, half tegen Yonas.",
    en = "She sits down and smiles cautiously. \"Goedemiddag.\" Then she says something in Tigrinya, half to Yonas.",
  },
  choices = {
    {
      id = "welkom_kort",
      text = {
        nl = "Welkom, mevrouw Tekle! Fijn dat u er bent.",
        en = "Welcome, Mrs Tekle! Good that you're here.",
      },
      effects = { vertrouwen = 1 },
      score = { rechtstreeks = 1 },
      set = { net = "welkom_kort" },
      feedback = {
        nl = "Warm en kort, en je spreekt haar zelf aan. Wat nog ontbreekt: wie de tolk is en wat hij doet. Ze kent hem niet, en weet niet of wat ze zegt binnen deze kamer blijft.",
        en = "Warm and short, and you address her yourself. What is still missing: who the interpreter is and what he does. She doesn't know him, and doesn't know whether what she says stays in this room.",
      },
      next = "zorg",
    },
    {
      id = "via_tolk",
      text = {
        nl = "(Je kijkt naar Yonas.) Wilt u mevrouw welkom heten en zeggen dat het over Winta gaat?",
        en = "(You look at Yonas.) Would you welcome her and tell her it's about Winta?",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      score = { rechtstreeks = -2 },
      set = { net = "via_tolk" },
      feedback = {
        nl = "Je praat over de moeder, tegen de tolk. Zo wordt de tolk je gesprekspartner en zij een toeschouwer. Kijk haar aan en zeg het zelf: 'Welkom, mevrouw Tekle.' De tolk vertaalt dan precies dat.",
        en = "You talk about the mother, to the interpreter. That makes the interpreter your conversation partner and her a spectator. Look at her and say it yourself: 'Welcome, Mrs Tekle.' The interpreter then translates exactly that.",
      },
      next = "zorg",
    },
    {
      id = "welkom_alles",
      text = {
        nl = "Welkom, fijn dat u er bent. Ik wil het vandaag hebben over hoe het met Winta gaat in de klas, over het lezen, en over wat u thuis kunt doen.",
        en = "Welcome, good that you're here. Today I'd like to talk about how Winta is doing in class, about reading, and about what you can do at home.",
      },
      score = { rechtstreeks = 1, korte_stukken = -1 },
      set = { lang_stuk = true, net = "welkom_alles" },
      feedback = {
        nl = "Je spreekt haar zelf aan, goed. Maar dit is een heel programma in één adem: de tolk moet het onthouden, en zij hoort drie onderwerpen tegelijk, waaronder 'het lezen'. Begin met welkom en wie de tolk is.",
        en = "You address her yourself, good. But this is a whole programme in one breath: the interpreter has to remember it, and she hears three topics at once, including 'reading'. Start with a welcome and who the interpreter is.",
      },
      next = "zorg",
    },
    {
      id = "welkom_rol",
      text = {
        nl = "Welkom, mevrouw Tekle. Dit is Yonas. Hij vertaalt alles wat we zeggen. En hij vertelt niets door.",
        en = "Welcome, Mrs Tekle. This is Yonas. He translates everything we say. And he doesn't pass anything on.",
      },
      effects = { vertrouwen = 1 },
      score = { rechtstreeks = 2, tolk = 1 },
      set = { net = "welkom_rol" },
      feedback = {
        nl = "Goed: je spreekt haar zelf aan, en in twee zinnen weet ze wat de tolk doet: alles vertalen, en zwijgen tegenover anderen. Dat laatste telt: de tolk kan iemand uit haar eigen gemeenschap zijn.",
        en = "Good: you address her yourself, and in two sentences she knows what the interpreter does: translate everything, and keep silent towards others. That last point matters: the interpreter may be someone from her own community.",
      },
      next = "zorg",
    },
  },
}

node "zorg" {
  speaker = "moeder",
  mood = stemming,
  effects = { ongerust = 1 },
  text = function(s)
    local nl, en
    if s.flags.via then
      nl = "Yonas vertaalt, en mevrouw Tekle antwoordt hém. Yonas: \"Ik vertaal in de ik-vorm; u kunt mevrouw rechtstreeks aanspreken.\" Dan vertaalt hij haar vraag:"
      en = "Yonas translates, and Mrs Tekle answers him. Yonas: \"I translate in the first person; you can speak to her directly.\" Then he translates her question:"
    elseif s.flags.lang_stuk then
      nl = "Yonas steekt een hand op: \"Mag ik dit eerst vertalen?\" Hij vertaalt lang. Bij één woord fronst mevrouw Tekle. Yonas vertaalt haar vraag:"
      en = "Yonas raises a hand: \"May I translate this first?\" He translates at length. At one word Mrs Tekle frowns. Yonas translates her question:"
    elseif s.flags.net == "welkom_rol" then
      nl = "Yonas vertaalt. Mevrouw Tekle kijkt even opzij naar hem, dan weer naar jou. Ze zegt iets, en Yonas vertaalt:"
      en = "Yonas translates. Mrs Tekle glances at him, then back at you. She says something, and Yonas translates:"
    else
      nl = "Yonas vertaalt. Mevrouw Tekle zegt iets, en Yonas vertaalt:"
      en = "Yonas translates. Mrs Tekle says something, and Yonas translates:"
    end
    return {
      nl = nl .. " \"Is er iets met Winta? Thuis zegt ze dat alles goed gaat.\"",
      en = en .. " \"Is something wrong with Winta? At home she says everything is fine.\"",
    }
  end,
  -- Zwijgen kost hier: na een bezorgde vraag klinkt een stilte als "ja, er is iets".
  timeout = {
    seconds = 25,
    next = "zorg_stilte",
    effects = { ongerust = 2 },
    score = { aansluiten = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = {
      nl = "Je zocht naar woorden, en het bleef stil. Na een bezorgde vraag betekent een stilte voor een ouder: 'ja, er is iets', en via een tolk duurt alles al langer. Geef eerst een kort antwoord op haar vraag; daarna heb je tijd voor de rest.",
      en = "You were looking for words, and it stayed silent. After a worried question, silence means to a parent: 'yes, something is wrong', and with an interpreter everything already takes longer. First give a short answer to her question; then you have time for the rest.",
    },
  },
  choices = {
    {
      id = "ja_lezen",
      text = {
        nl = "Ja. Het lezen gaat niet goed.",
        en = "Yes. Her reading isn't going well.",
      },
      effects = { ongerust = 2 },
      score = { aansluiten = -1, korte_stukken = 1 },
      set = { net = "ja_lezen" },
      feedback = {
        nl = "Eerlijk en kort, en dat is goed in een tolkgesprek. Maar 'ja' en 'niet goed' zonder iets ernaast klinken zwaarder dan het is. Wat je niet zegt (dat Winta vrolijk is en vriendinnen heeft), vult ze zelf in met zorgen.",
        en = "Honest and short, which is good with an interpreter. But 'yes' and 'not well' with nothing beside them sound worse than things are. What you leave out (that Winta is cheerful and has friends), she fills in with worry.",
      },
      next = "lezen",
    },
    {
      id = "vraag_thuis",
      text = {
        nl = "(Je kijkt naar Yonas.) Vraagt u haar eens wat Winta thuis over school vertelt?",
        en = "(You look at Yonas.) Could you ask her what Winta says about school at home?",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      score = { aansluiten = 1, rechtstreeks = -1 },
      set = { net = "vraag_thuis" },
      feedback = {
        nl = "Een goede vraag: wat vertelt Winta thuis? Maar je stelt hem aan de tolk, over de moeder. Stel hem haar zelf: 'Wat vertelt Winta thuis over school?' En zij vroeg iets: daar wacht ze nog op.",
        en = "A good question: what does Winta say at home? But you ask it of the interpreter, about the mother. Ask her yourself: 'What does Winta say about school at home?' And she asked something: she is still waiting for the answer.",
      },
      next = "lezen",
    },
    {
      id = "niets_ergs",
      text = {
        nl = "Niets ergs. Winta is vrolijk en heeft veel vriendinnen. Alleen lezen is nog moeilijk.",
        en = "Nothing serious. Winta is cheerful and has lots of friends. Only reading is still hard.",
      },
      effects = { ongerust = -1, vertrouwen = 1 },
      score = { aansluiten = 2, korte_stukken = 1 },
      set = { net = "niets_ergs" },
      feedback = {
        nl = "Precies: eerst een eerlijk antwoord op haar vraag (niets ergs), dan iets wat ze herkent (vrolijk, vriendinnen), dan het onderwerp in één korte zin. Drie stukjes die een tolk makkelijk vertaalt.",
        en = "Exactly: first an honest answer to her question (nothing serious), then something she recognises (cheerful, friends), then the topic in one short sentence. Three pieces an interpreter translates easily.",
      },
      next = "lezen",
    },
    {
      id = "geen_zorgen",
      text = {
        nl = "Maakt u zich maar geen zorgen, mevrouw Tekle. Het komt allemaal goed met Winta, echt waar.",
        en = "Please don't worry, Mrs Tekle. Everything will be fine with Winta, honestly.",
      },
      set = { net = "geen_zorgen" },
      feedback = {
        nl = "Geruststellend bedoeld, maar zonder inhoud: ze vroeg óf er iets is, en jij zegt niet wat. En 'het komt goed' is een belofte die je niet kunt waarmaken. Een geruststelling werkt pas met een feit erin.",
        en = "Meant to reassure, but without content: she asked whether something is wrong, and you don't say what. And 'everything will be fine' is a promise you can't keep. Reassurance only works with a fact in it.",
      },
      next = "lezen",
    },
  },
}

node "zorg_stilte" {
  mood = "gespannen",
  text = {
    nl = "Mevrouw Tekle kijkt van jou naar Yonas en terug. Ze trekt haar jas dichter om zich heen. Yonas wacht; het is niet aan hem om iets te zeggen.",
    en = "Mrs Tekle looks from you to Yonas and back. She pulls her coat tighter around her. Yonas waits; it is not his place to say anything.",
  },
  next = "lezen",
}

---------------------------------------------------------------------------
-- De boodschap, in stukken
---------------------------------------------------------------------------

node "lezen" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.net == "thuis_lezen" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle kijkt je afwachtend aan. \"Het lezen?\" zegt ze zelf, in het Nederlands.",
        en = "Yonas translates. Mrs Tekle looks at you expectantly. \"Het lezen?\" she says herself, in Dutch: reading?",
      }
    end
    if s.flags.net == "stilte" then
      return {
        nl = "Ze zegt iets, zachter nu. Yonas: \"Ik vraag het nog een keer: is er iets met Winta?\"",
        en = "She says something, more quietly now. Yonas: \"I'm asking again: is something wrong with Winta?\"",
      }
    end
    if s.flags.net == "vraag_thuis" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle antwoordt, tegen Yonas. Yonas: \"Ze zegt dat de juf aardig is. Over lezen zegt ze niets. Waarom ben ik hier?\"",
        en = "Yonas translates. Mrs Tekle answers, to Yonas. Yonas: \"She says the teacher is nice. She says nothing about reading. Why am I here?\"",
      }
    end
    if s.flags.net == "geen_zorgen" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle kijkt je onderzoekend aan. Yonas: \"Maar waarom ben ik dan hier?\"",
        en = "Yonas translates. Mrs Tekle gives you a searching look. Yonas: \"But then why am I here?\"",
      }
    end
    if s.flags.net == "ja_lezen" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle slaat een hand voor haar mond. Yonas: \"Wat is er met het lezen?\"",
        en = "Yonas translates. Mrs Tekle puts a hand to her mouth. Yonas: \"What's wrong with her reading?\"",
      }
    end
    return {
      nl = "Yonas vertaalt. Mevrouw Tekle ademt uit en knikt. Yonas: \"Wat is er met het lezen?\"",
      en = "Yonas translates. Mrs Tekle breathes out and nods. Yonas: \"What's the matter with her reading?\"",
    }
  end,
  choices = {
    {
      id = "toetsscore",
      text = {
        nl = "Bij de toets begrijpend lezen van januari had Winta een V-min. Haar woordenschat is nog te klein.",
        en = "In the January reading comprehension test Winta got a V-minus. Her vocabulary is still too small.",
      },
      tags = { "jargon" },
      score = { korte_stukken = -1 },
      set = { net = "toetsscore" },
      feedback = {
        nl = "Kort, maar vol schooltaal: 'begrijpend lezen', 'V-min', 'woordenschat'. Zelfs Nederlandse ouders weten vaak niet wat een V-min is. De tolk moet nu eerst vragen wat je bedoelt, of zelf iets verzinnen.",
        en = "Short, but full of school jargon: 'reading comprehension', 'V-minus', 'vocabulary'. Even Dutch parents often don't know what a V-minus is. The interpreter now has to ask what you mean first, or make something up.",
      },
      next = "jargon",
    },
    {
      id = "woorden",
      text = {
        nl = "Winta kan de woorden goed lezen. Maar veel woorden kent ze nog niet. Daardoor snapt ze een verhaal niet goed.",
        en = "Winta can read the words well. But there are many words she doesn't know yet. So she doesn't really understand a story.",
      },
      score = { korte_stukken = 2 },
      set = { net = "woorden" },
      feedback = {
        nl = "Goed: drie korte zinnen, één gedachte. Geen toetsnaam, geen score: wat het probleem ís, in woorden die een tolk één op één vertaalt.",
        en = "Good: three short sentences, one idea. No test name, no score: what the problem is, in words an interpreter can translate one to one.",
      },
      next = "hulp",
    },
    {
      id = "zelf_vragen",
      text = {
        nl = "Wat ziet u thuis, als Winta leest?",
        en = "What do you see at home, when Winta reads?",
      },
      when = function(s) return s.flags.net ~= "thuis_lezen" end,
      score = { aansluiten = 1 },
      set = { net = "thuis_lezen" },
      feedback = {
        nl = "Een open vraag, aan haar zelf: zo hoor je eerst wat zij ziet. Wel: ze vroeg wat er is. Laat haar niet te lang wachten op je antwoord.",
        en = "An open question, to her directly: this way you first hear what she sees. But: she asked what's wrong. Don't keep her waiting too long for your answer.",
      },
      next = "thuis_lezen",
    },
    {
      id = "alles_ineens",
      text = {
        nl = "Bij de toets van januari begreep Winta de meeste teksten niet, omdat ze veel woorden nog niet kent, en daarom gaat ze vanaf maandag vier keer per week extra lezen in een klein groepje, buiten de klas, en we willen ook graag dat u thuis...",
        en = "In the January test Winta didn't understand most of the texts, because there are many words she doesn't know yet, and that's why from Monday she'll do extra reading four times a week in a small group, outside the class, and we'd also like you at home to...",
      },
      score = { korte_stukken = -2 },
      set = { lang_stuk = true, groepje = "buiten", net = "alles_ineens" },
      feedback = {
        nl = "Alles klopt, maar het is één zin van meer dan veertig woorden. Een tolk moet die onthouden; wat eruit valt, bepaalt hij dan, niet jij. Twee of drie korte zinnen, dan een pauze voor de tolk.",
        en = "Everything is correct, but it's one sentence of more than forty words. An interpreter has to remember it; what gets dropped is then his choice, not yours. Two or three short sentences, then a pause for the interpreter.",
      },
      next = "tolk_onderbreekt",
    },
  },
}

node "thuis_lezen" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Yonas vertaalt. Mevrouw Tekle haalt haar schouders op. Yonas: \"Thuis leest ze niet zoveel. Ze praat veel, ze zingt. Lezen doet ze op school.\"",
    en = "Yonas translates. Mrs Tekle shrugs. Yonas: \"At home she doesn't read that much. She talks a lot, she sings. Reading she does at school.\"",
  },
  next = "lezen",
}

node "jargon" {
  speaker = "tolk",
  mood = "neutraal",
  text = {
    nl = "Yonas kijkt je aan: \"Wat is een V-min? Dan kan ik het goed vertalen.\" Mevrouw Tekle kijkt van de een naar de ander.",
    en = "Yonas looks at you: \"What is a V-minus? Then I can translate it properly.\" Mrs Tekle looks from one to the other.",
  },
  choices = {
    {
      id = "zeg_maar_laag",
      text = {
        nl = "Dat is een score van de toets, voor begrijpend lezen. Zegt u maar gewoon dat het laag is.",
        en = "It's a score on the reading comprehension test. Just tell her it's low.",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      score = { korte_stukken = -1, tolk = -1 },
      set = { net = "zeg_maar_laag" },
      feedback = {
        nl = "'Zeg maar...' vraagt de tolk om jouw boodschap zelf in te vullen. Nu hoort de moeder 'laag', zonder te weten wat er laag is, en jij weet niet wat hij precies zei.",
        en = "'Just tell her...' asks the interpreter to fill in your message himself. Now the mother hears 'low', without knowing what is low, and you don't know what exactly he said.",
      },
      next = "hulp",
    },
    {
      id = "opnieuw_simpel",
      text = {
        nl = "Sorry. (Tegen mevrouw Tekle) Veel woorden kent Winta nog niet. Daardoor snapt ze een verhaal niet goed.",
        en = "Sorry. (To Mrs Tekle) There are many words Winta doesn't know yet. So she doesn't really understand a story.",
      },
      score = { korte_stukken = 1 },
      set = { net = "woorden" },
      feedback = {
        nl = "Goed hersteld: je neemt de vraag van de tolk als signaal en zegt het opnieuw, zonder jargon, tegen de moeder zelf.",
        en = "Well recovered: you take the interpreter's question as a signal and say it again, without jargon, to the mother herself.",
      },
      next = "hulp",
    },
  },
}

node "tolk_onderbreekt" {
  speaker = "tolk",
  mood = "gespannen",
  text = {
    nl = "Halverwege je zin steekt Yonas een hand op. \"Mag ik hier stoppen? Anders raak ik de helft kwijt.\" Hij vertaalt, met haperingen. Bij 'klein groepje, buiten de klas' kijkt mevrouw Tekle geschrokken op.",
    en = "Halfway through your sentence Yonas raises a hand. \"May I stop you here? Otherwise I'll lose half of it.\" He translates, haltingly. At 'small group, outside the class' Mrs Tekle looks up, alarmed.",
  },
  next = "angst",
}

node "hulp" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.net == "woorden" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle knikt langzaam. Yonas: \"Wat gaat de school doen?\"",
        en = "Yonas translates. Mrs Tekle nods slowly. Yonas: \"What is the school going to do?\"",
      }
    end
    return {
      nl = "Yonas vertaalt. Mevrouw Tekle fronst. Yonas: \"Wat is er laag? En wat gaat de school doen?\"",
      en = "Yonas translates. Mrs Tekle frowns. Yonas: \"What is low? And what is the school going to do?\"",
    }
  end,
  choices = {
    {
      id = "klein_groepje",
      text = {
        nl = "Ze krijgt extra hulp, in een klein groepje, buiten de klas.",
        en = "She'll get extra help, in a small group, outside the class.",
      },
      score = { korte_stukken = 1 },
      set = { groepje = "buiten", net = "klein_groepje" },
      feedback = {
        nl = "Kort, dat helpt de tolk. Of het ook goed is aangekomen, weet je pas als je het controleert.",
        en = "Short, which helps the interpreter. Whether it also got through properly, you only know once you check.",
      },
      next = "angst",
    },
    {
      id = "rt",
      text = {
        nl = "Ze krijgt remedial teaching: vier keer twintig minuten, aan de instructietafel.",
        en = "She'll get remedial teaching: four times twenty minutes, at the instruction table.",
      },
      tags = { "jargon" },
      score = { korte_stukken = -1 },
      set = { groepje = "apart", net = "rt" },
      feedback = {
        nl = "'Remedial teaching' en 'instructietafel': woorden die de tolk moet omschrijven. Elke omschrijving is een kans dat er iets anders aankomt dan je bedoelt.",
        en = "'Remedial teaching' and 'instruction table': words the interpreter has to paraphrase. Every paraphrase is a chance that something other than what you mean gets through.",
      },
      next = "angst",
    },
    {
      id = "eigen_klas",
      text = {
        nl = "Vanaf maandag leest ze vier keer per week extra. Met drie kinderen uit haar eigen klas.",
        en = "From Monday she'll read extra four times a week. With three children from her own class.",
      },
      score = { korte_stukken = 2 },
      set = { net = "eigen_klas" },
      feedback = {
        nl = "Goed: wat, hoe vaak en met wie, in twee korte zinnen. 'Uit haar eigen klas' voorkomt het beeld dat Winta ergens anders heen moet.",
        en = "Good: what, how often and with whom, in two short sentences. 'From her own class' prevents the picture that Winta has to go somewhere else.",
      },
      next = "angst",
    },
  },
}

---------------------------------------------------------------------------
-- Haar angst
---------------------------------------------------------------------------

node "angst" {
  speaker = "moeder",
  mood = stemming,
  effects = { ongerust = 1 },
  text = function(s)
    if s.flags.net == "eigen_klas" then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle zegt iets, snel. Yonas: \"Is extra hulp voor kinderen die niet slim zijn? Moet ze later naar een andere school?\"",
        en = "Yonas translates. Mrs Tekle says something, quickly. Yonas: \"Is extra help for children who aren't clever? Will she have to go to another school later?\"",
      }
    end
    if s.flags.net == "rt" then
      return {
        nl = "Yonas vertaalt, met een omschrijving hier en daar. Mevrouw Tekle zegt iets, snel. Yonas: \"Extra les aan een aparte tafel? Moet Winta blijven zitten? Moet ze naar een andere school?\"",
        en = "Yonas translates, paraphrasing here and there. Mrs Tekle says something, quickly. Yonas: \"Extra lessons at a separate table? Does Winta have to repeat the year? Does she have to go to another school?\"",
      }
    end
    return {
      nl = "Mevrouw Tekle zegt iets, snel en hoog. Yonas: \"Buiten de klas? Moet Winta blijven zitten? Moet ze naar een andere school?\"",
      en = "Mrs Tekle says something, fast and high-pitched. Yonas: \"Outside the class? Does Winta have to repeat the year? Does she have to go to another school?\"",
    }
  end,
  choices = {
    {
      id = "regels",
      text = {
        nl = "Zittenblijven doen we alleen als het echt nodig is, en dat beslissen we altijd samen met de ouders, na overleg met de intern begeleider.",
        en = "We only keep a child back when it's really necessary, and we always decide that together with the parents, after consulting the special needs coordinator.",
      },
      score = { aansluiten = 1, korte_stukken = -1 },
      set = { net = "regels" },
      feedback = {
        nl = "Wat je zegt klopt, maar ze hoort vooral 'zittenblijven' en 'als het nodig is'. Haar vraag was eenvoudig; begin met het antwoord: nee.",
        en = "What you say is true, but what she hears is mainly 'keep back' and 'when necessary'. Her question was simple; start with the answer: no.",
      },
      next = "lang_antwoord",
    },
    {
      id = "waarom",
      text = {
        nl = "Waarom denkt u dat?",
        en = "Why do you think that?",
      },
      score = { aansluiten = 1 },
      set = { net = "waarom" },
      feedback = {
        nl = "Goed doorgevraagd: achter zo'n vraag zit vaak een ervaring. Vergeet daarna niet haar vraag te beantwoorden.",
        en = "Good follow-up: there is often an experience behind a question like that. Don't forget to answer her question afterwards.",
      },
      next = "neef",
    },
    {
      id = "tolk_leg_uit",
      text = {
        nl = "(Je kijkt naar Yonas.) Kunt u haar uitleggen dat zittenblijven hier bijna nooit gebeurt?",
        en = "(You look at Yonas.) Could you explain to her that keeping children back hardly ever happens here?",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      score = { rechtstreeks = -1, tolk = -1 },
      set = { net = "tolk_leg_uit" },
      feedback = {
        nl = "Je vraagt de tolk om voor jou te praten. Dan hoort de moeder zíjn uitleg, en weet jij niet wat er gezegd is. Zeg het haar zelf; hij vertaalt.",
        en = "You ask the interpreter to speak for you. Then the mother hears his explanation, and you don't know what was said. Tell her yourself; he translates.",
      },
      next = "zelf_zeggen",
    },
    {
      id = "blijft",
      text = {
        nl = "Nee. Winta blijft in haar klas. Ze is niet dom: ze leert een nieuwe taal. Dat kost tijd.",
        en = "No. Winta stays in her class. She isn't stupid: she's learning a new language. That takes time.",
      },
      effects = { ongerust = -3, vertrouwen = 1 },
      score = { aansluiten = 2 },
      set = { net = "gerust", gerust = true },
      feedback = {
        nl = "Goed: je beantwoordt haar angst recht, en je geeft de reden in gewone woorden: een nieuwe taal leren kost tijd. Dat kan ze thuis ook aan Winta's vader vertellen.",
        en = "Good: you answer her fear head-on, and you give the reason in plain words: learning a new language takes time. She can tell Winta's father that at home too.",
      },
      next = "lang_antwoord",
    },
  },
}

node "neef" {
  speaker = "moeder",
  mood = "verdrietig",
  text = {
    nl = "Yonas vertaalt: \"De zoon van mijn zus kreeg ook extra hulp. Nu gaat hij met een busje naar een school ver weg. Hij praat ook goed Nederlands.\"",
    en = "Yonas translates: \"My sister's son also got extra help. Now he goes by minibus to a school far away. He speaks good Dutch too.\"",
  },
  choices = {
    {
      id = "belofte",
      text = {
        nl = "Dat zal met Winta nooit gebeuren, dat beloof ik u.",
        en = "That will never happen to Winta, I promise you.",
      },
      score = { aansluiten = -1 },
      set = { net = "belofte" },
      feedback = {
        nl = "Een belofte die je niet kunt doen: je weet niet wat Winta de komende jaren nodig heeft. Zeg wat nú waar is: ze blijft in haar klas.",
        en = "A promise you can't make: you don't know what Winta will need in the years ahead. Say what is true now: she stays in her class.",
      },
      next = "lang_antwoord",
    },
    {
      id = "samenvatten_antwoord",
      text = {
        nl = "U bent bang dat het Winta ook overkomt. Dat is nu niet aan de orde. Winta blijft in haar klas.",
        en = "You're afraid it will happen to Winta too. That's not on the table now. Winta stays in her class.",
      },
      effects = { ongerust = -3, vertrouwen = 1 },
      score = { aansluiten = 1 },
      set = { net = "gerust", gerust = true },
      feedback = {
        nl = "Sterk: eerst benoem je haar angst, dan geef je het antwoord. Eerlijk ('nu niet aan de orde'), zonder iets te beloven wat je niet weet.",
        en = "Strong: first you name her fear, then you give the answer. Honest ('not on the table now'), without promising anything you don't know.",
      },
      next = "lang_antwoord",
    },
    {
      id = "elk_kind",
      text = {
        nl = "Ieder kind is anders. U kunt Winta niet met haar neefje vergelijken.",
        en = "Every child is different. You can't compare Winta with her cousin.",
      },
      score = { aansluiten = -1 },
      set = { net = "elk_kind" },
      feedback = {
        nl = "Waar, maar zo schuif je haar ervaring opzij: een oordeel (de O van OMA). Ze hoort: uw zorg klopt niet. En haar eigenlijke vraag blijft onbeantwoord.",
        en = "True, but that brushes her experience aside: a judgement (the J in 'judging, opinions, advice'). She hears: your worry is wrong. And her actual question remains unanswered.",
      },
      next = "lang_antwoord",
    },
  },
}

node "zelf_zeggen" {
  speaker = "tolk",
  mood = "neutraal",
  text = {
    nl = "Yonas schudt vriendelijk zijn hoofd. \"Ik leg niets uit, ik vertaal. Zegt u het haar zelf? Dan vertaal ik het.\"",
    en = "Yonas shakes his head kindly. \"I don't explain, I translate. Would you tell her yourself? Then I'll translate it.\"",
  },
  choices = {
    {
      id = "toch_tolk",
      text = {
        nl = "Zegt u dan maar dat het allemaal wel goed komt met Winta, en dat ze zich geen zorgen hoeft te maken.",
        en = "Then just tell her it'll all be fine with Winta, and that she needn't worry.",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      score = { rechtstreeks = -1 },
      set = { net = "toch_tolk" },
      feedback = {
        nl = "Opnieuw via de tolk, en nu met een lege geruststelling. Hij vertaalt het letterlijk: 'De leerkracht zegt dat het goed komt.' Zo praat je óver haar.",
        en = "Through the interpreter again, and now with an empty reassurance. He translates it literally: 'The teacher says it will be fine.' That's talking about her.",
      },
      next = "lang_antwoord",
    },
    {
      id = "zelf_nee",
      text = {
        nl = "(Tegen mevrouw Tekle) Winta blijft in haar klas. Ze leert een nieuwe taal. Dat kost tijd.",
        en = "(To Mrs Tekle) Winta stays in her class. She's learning a new language. That takes time.",
      },
      effects = { ongerust = -3 },
      score = { rechtstreeks = 1, aansluiten = 1 },
      set = { net = "gerust", gerust = true },
      feedback = {
        nl = "Goed bijgestuurd: je kijkt haar aan en zegt het zelf, kort. Nu hoort ze jouw antwoord, in jouw woorden.",
        en = "Well adjusted: you look at her and say it yourself, briefly. Now she hears your answer, in your words.",
      },
      next = "lang_antwoord",
    },
  },
}

---------------------------------------------------------------------------
-- Wat de tolk samenvat, en wat ze eigenlijk zei
---------------------------------------------------------------------------

node "lang_antwoord" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local voor_nl, voor_en = "Mevrouw Tekle praat lang in het Tigrinya", "Mrs Tekle talks at length in Tigrinya"
    if not s.flags.gerust then
      voor_nl, voor_en = "Mevrouw Tekle is nog niet gerust. Ze praat lang in het Tigrinya", "Mrs Tekle is not reassured yet. She talks at length in Tigrinya"
    end
    return {
      nl = voor_nl .. ", zachter nu. Ze wijst naar zichzelf, schudt haar hoofd en lacht even verlegen.",
      en = voor_en .. ", more quietly now. She points at herself, shakes her head and gives a shy little laugh.",
    }
  end,
  -- Met een voorgesprek ("vertaalt u alles?") vertaalt Yonas haar hele verhaal;
  -- zonder voorgesprek vat hij samen en moet de student het zelf merken.
  next = function(s)
    if s.flags.voorbereid then return "schaamte" end
    return "samengevat"
  end,
}

node "samengevat" {
  speaker = "tolk",
  mood = "neutraal",
  text = function(s)
    if s.flags.gerust then
      return { nl = "Yonas: \"Ze zegt dat ze blij is.\"", en = "Yonas: \"She says she's happy.\"" }
    end
    return { nl = "Yonas: \"Ze zegt dat het goed is.\"", en = "Yonas: \"She says it's all right.\"" }
  end,
  choices = {
    {
      id = "waar_blij",
      text = {
        nl = "(Je kijkt mevrouw Tekle aan.) Wat bedoelt u precies, mevrouw Tekle? Vertelt u eens.",
        en = "(You look at Mrs Tekle.) What exactly do you mean, Mrs Tekle? Do tell me.",
      },
      set = { net = "waar_blij" },
      feedback = {
        nl = "Je vraagt het haar zelf, goed. Maar ze sprak een halve minuut en jij kreeg een paar woorden: de tolk vatte samen. Vraag de tolk alles te vertalen; wat ze zei, was van haar.",
        en = "You ask her yourself, good. But she spoke for half a minute and you got a few words: the interpreter summarised. Ask the interpreter to translate everything; what she said was hers.",
      },
      next = "blij_kort",
    },
    {
      id = "alles_graag",
      text = {
        nl = "Ze zei veel meer dan dat, geloof ik. Wilt u alles vertalen, ook als het persoonlijk is?",
        en = "I think she said a lot more than that. Would you translate all of it, even if it's personal?",
      },
      score = { tolk = 2 },
      set = { net = "alles_graag" },
      feedback = {
        nl = "Goed gezien en goed gevraagd: een professionele tolk vertaalt alles, niet een samenvatting. Wat hij weglaat, kan precies zijn wat jij moet weten.",
        en = "Well noticed and well asked: a professional interpreter translates everything, not a summary. What he leaves out may be exactly what you need to know.",
      },
      next = "schaamte",
    },
    {
      id = "fijn",
      text = {
        nl = "Wat fijn om te horen!",
        en = "How nice to hear!",
      },
      score = { tolk = -1 },
      set = { net = "fijn" },
      feedback = {
        nl = "Ze sprak een halve minuut, wees naar zichzelf en lachte verlegen, en jij kreeg een paar woorden. Daar zat meer in. Vraag de tolk om alles te vertalen.",
        en = "She spoke for half a minute, pointed at herself and laughed shyly, and you got a few words. There was more to it. Ask the interpreter to translate everything.",
      },
      next = "thuis",
    },
  },
}

node "blij_kort" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.gerust then
      return {
        nl = "Yonas vertaalt. Mevrouw Tekle aarzelt. Yonas: \"Dat Winta in haar klas blijft.\" Ze kijkt naar haar handen.",
        en = "Yonas translates. Mrs Tekle hesitates. Yonas: \"That Winta stays in her class.\" She looks at her hands.",
      }
    end
    return {
      nl = "Yonas vertaalt. Mevrouw Tekle aarzelt. Yonas: \"Dat het goed is dat ze hier op school is.\" Ze kijkt naar haar handen.",
      en = "Yonas translates. Mrs Tekle hesitates. Yonas: \"That it's good she's at this school.\" She looks at her hands.",
    }
  end,
  next = "thuis",
}

node "schaamte" {
  speaker = "moeder",
  mood = "verdrietig",
  set = { thuis_info = "weinig_lezen" },
  text = function(s)
    local voor_nl, voor_en = "Yonas vertaalt alles, zoals jullie vooraf afspraken:", "Yonas translates everything, as you agreed beforehand:"
    if s.flags.net == "alles_graag" then
      voor_nl, voor_en = "Yonas knikt: \"Sorry, ik vatte het samen.\" Nu vertaalt hij alles:", "Yonas nods: \"Sorry, I summarised.\" Now he translates everything:"
    end
    local eerst_nl, eerst_en = "Ik ben blij dat Winta in haar klas blijft.", "I'm glad Winta stays in her class."
    if not s.flags.gerust then
      eerst_nl, eerst_en = "Ik weet niet wat ik moet denken.", "I don't know what to think."
    end
    return {
      nl = voor_nl .. " \"" .. eerst_nl .. " Maar ik kan haar niet helpen met lezen. Ik ben drie jaar naar school geweest, in Eritrea. Ik schaam me.\" Mevrouw Tekle kijkt naar haar handen.",
      en = voor_en .. " \"" .. eerst_en .. " But I can't help her with reading. I went to school for three years, in Eritrea. I'm ashamed.\" Mrs Tekle looks at her hands.",
    }
  end,
  -- Hier is zwijgen goed: ze vertelt iets waar ze zich voor schaamt.
  timeout = {
    seconds = 15,
    next = "winta_leest",
    effects = { vertrouwen = 1 },
    score = { aansluiten = 1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = {
      nl = "Goed: je liet de stilte even staan. Ze vertelde iets waar ze zich voor schaamt, en via een tolk is dat dubbel moeilijk. Doordat je niet meteen troostte of adviseerde, kreeg ze ruimte om verder te praten.",
      en = "Good: you let the silence stand for a moment. She told you something she is ashamed of, and through an interpreter that is doubly hard. Because you didn't comfort or advise straight away, she had room to go on.",
    },
  },
  choices = {
    {
      id = "niet_schamen",
      text = {
        nl = "Daar hoeft u zich echt niet voor te schamen!",
        en = "There's really no need to be ashamed of that!",
      },
      set = { net = "niet_schamen" },
      feedback = {
        nl = "Lief bedoeld, maar je vertelt haar wat ze moet voelen, en daarmee is het onderwerp klaar. Even niets zeggen, of benoemen wat je hoort, had meer ruimte gegeven.",
        en = "Kindly meant, but you tell her what she should feel, and with that the subject is closed. Saying nothing for a moment, or naming what you hear, would have given more room.",
      },
      next = "thuis",
    },
    {
      id = "prentenboeken",
      text = {
        nl = "Dat hoeft ook niet. Er zijn prentenboeken zonder tekst; daar kunt u samen over praten. Ik geef u er een paar mee.",
        en = "You don't need to. There are picture books without words; you can talk about them together. I'll give you a few.",
      },
      score = { aansluiten = -1 },
      set = { net = "prentenboeken" },
      feedback = {
        nl = "Een goed idee op het verkeerde moment: ze vertelt iets pijnlijks en jij springt naar een oplossing (de A van OMA). Eerst ruimte, dan pas samen zoeken.",
        en = "A good idea at the wrong moment: she tells you something painful and you jump to a solution (advice before listening). First room, then look for solutions together.",
      },
      next = "thuis",
    },
    {
      id = "benoemen",
      text = {
        nl = "Dat is moeilijk voor u. En toch bent u hier, voor Winta.",
        en = "That's hard for you. And still you're here, for Winta.",
      },
      effects = { vertrouwen = 1 },
      score = { aansluiten = 1 },
      set = { net = "benoemen" },
      feedback = {
        nl = "Goed: je benoemt wat je hoort en ziet wat ze wél doet. Geen troost die het onderwerp afsluit, en ze krijgt ruimte om verder te vertellen.",
        en = "Good: you name what you hear and see what she does do. No comfort that closes the subject, and she gets room to say more.",
      },
      next = "winta_leest",
    },
  },
}

node "winta_leest" {
  speaker = "moeder",
  mood = "blij",
  set = { thuis_info = "winta_leest" },
  text = {
    nl = "Na een tijdje zegt ze nog iets. Yonas: \"Soms leest Winta mij voor, in het Nederlands. Dan vertelt ze in onze taal wat er staat. Dan lachen we.\" Ze glimlacht.",
    en = "After a while she says something more. Yonas: \"Sometimes Winta reads to me, in Dutch. Then she tells me in our language what it says. Then we laugh.\" She smiles.",
  },
  next = "thuis",
}

---------------------------------------------------------------------------
-- Wat kan zij thuis doen?
---------------------------------------------------------------------------

node "thuis" {
  speaker = "moeder",
  mood = stemming,
  effect = function(s) s.flags.voorbereid, s.flags.gerust = nil, nil end,   -- vanaf hier niet meer nodig
  text = function(s)
    if s.flags.thuis_info == "winta_leest" then
      return { nl = "Yonas: \"Wat kan ik thuis doen?\"", en = "Yonas: \"What can I do at home?\"" }
    end
    if s.flags.thuis_info == "weinig_lezen" then
      return { nl = "Yonas: \"Wat kan ik thuis doen, als ik niet goed kan lezen?\"", en = "Yonas: \"What can I do at home, if I can't read well?\"" }
    end
    return { nl = "Yonas: \"Wat moet ik thuis doen? Oefenen met lezen?\"", en = "Yonas: \"What should I do at home? Practise reading?\"" }
  end,
  choices = {
    {
      id = "voorlezen_winta",
      text = {
        nl = "Laat Winta u elke dag voorlezen. En vraag haar in uw taal: wat gebeurt er in het verhaal?",
        en = "Let Winta read to you every day. And ask her in your language: what happens in the story?",
      },
      when = function(s) return s.flags.thuis_info == "winta_leest" end,
      score = { afspraken = 2 },
      set = { thuisplan = "voorlezen", net = "thuis" },
      feedback = {
        nl = "Mooi: je bouwt voort op wat zij zelf vertelde. Winta leest hardop, moeder vraagt door in haar eigen taal. Zo oefent Winta lezen én begrijpen, en moeder doet mee zonder zelf te hoeven lezen.",
        en = "Lovely: you build on what she told you herself. Winta reads aloud, her mother asks questions in her own language. So Winta practises reading and understanding, and her mother takes part without having to read herself.",
      },
      next = "check",
    },
    {
      id = "nederlands_praten",
      text = {
        nl = "Probeer thuis zoveel mogelijk Nederlands met haar te praten, ook al is het niet perfect. Dan leert ze het sneller.",
        en = "Try to speak as much Dutch with her as you can at home, even if it isn't perfect. Then she'll learn it faster.",
      },
      score = { afspraken = -2 },
      set = { thuisplan = "nederlands", net = "thuis" },
      feedback = {
        nl = "Een hardnekkig misverstand, goed bedoeld. Een kind leert niet beter Nederlands als een ouder in gebrekkig Nederlands praat; het mist dan juist de rijke taal van thuis. Woorden en verhalen in de thuistaal helpen ook bij het Nederlands.",
        en = "A persistent misconception, well meant. A child doesn't learn Dutch better when a parent speaks broken Dutch; the child then misses the rich language of home. Words and stories in the home language help with Dutch too.",
      },
      next = "check",
    },
    {
      id = "bibliotheek",
      text = {
        nl = "Ga samen naar de bibliotheek. Daar kunt u gratis boeken lenen.",
        en = "Go to the library together. You can borrow books there for free.",
      },
      score = { afspraken = 1 },
      set = { thuisplan = "bibliotheek", net = "thuis" },
      feedback = function(s)
        if s.flags.thuis_info then
          return {
            nl = "Een goede tip, maar ze vertelde je net dat lezen voor haar moeilijk is. Wat doet ze daar dan mee? Sluit aan bij wat ze wél kan: vertellen, praten, luisteren.",
            en = "A good tip, but she just told you that reading is hard for her. What would she do there? Build on what she can do: telling stories, talking, listening.",
          }
        end
        return {
          nl = "Een goede tip, al weet je nog niet wat zij met boeken kan. Wat kan ze thuis al, en wat niet? Dat heb je niet gevraagd, of niet gehoord.",
          en = "A good tip, though you don't know yet what she can do with books. What can she already do at home, and what not? You didn't ask, or didn't hear.",
        }
      end,
      next = "check",
    },
    {
      id = "eigen_taal",
      text = {
        nl = "Praat veel met Winta, in het Tigrinya. Vertel verhalen. Daar leert ze ook Nederlands van.",
        en = "Talk a lot with Winta, in Tigrinya. Tell her stories. That helps her Dutch too.",
      },
      score = { afspraken = 2 },
      set = { thuisplan = "eigen_taal", net = "thuis" },
      feedback = {
        nl = "Goed en belangrijk: een kind dat thuis veel woorden en verhalen hoort, in welke taal ook, leert makkelijker nieuwe woorden in het Nederlands. En dit kan deze moeder. Zo maak je haar een helper, geen leerling.",
        en = "Good and important: a child who hears lots of words and stories at home, in whatever language, learns new Dutch words more easily. And this mother can do it. That makes her a helper, not a pupil.",
      },
      next = "check",
    },
  },
}

---------------------------------------------------------------------------
-- Begrip controleren, via de tolk
---------------------------------------------------------------------------

-- Wat de student haar thuis aanraadde, in een paar woorden (voor samenvattingen).
-- nl/en: zoals jij het zegt; ik_nl/ik_en: zoals zij het terugzegt.
local function thuisplan(s)
  local p = s.flags.thuisplan
  if p == "voorlezen" then
    return { nl = "leest Winta u voor", en = "Winta reads to you", ik_nl = "Winta leest mij voor", ik_en = "Winta reads to me" }
  end
  if p == "nederlands" then
    return { nl = "praat u Nederlands met Winta", en = "you speak Dutch with Winta", ik_nl = "ik praat Nederlands met Winta", ik_en = "I speak Dutch with Winta" }
  end
  if p == "bibliotheek" then
    return { nl = "gaat u naar de bibliotheek", en = "you go to the library", ik_nl = "ik ga met Winta naar de bibliotheek", ik_en = "I go to the library with Winta" }
  end
  return { nl = "praat en vertelt u in uw eigen taal", en = "you talk and tell stories in your own language", ik_nl = "ik vertel Winta een verhaal, in onze taal", ik_en = "I tell Winta a story, in our language" }
end

node "check" {
  speaker = "moeder",
  mood = stemming,
  -- Vanaf hier telt alleen nog dat ze vertelde dat lezen moeilijk voor haar is.
  effect = function(s) if s.flags.thuis_info then s.flags.thuis_info = "weinig_lezen" end end,
  text = function(s)
    if s.flags.net == "op_rij" or s.flags.net == "tolk_weigert" then
      return { nl = "Mevrouw Tekle knikt weer. \"Ja. Goed.\"", en = "Mrs Tekle nods again. \"Ja. Goed.\" (Yes. Good.)" }
    end
    return {
      nl = "Yonas vertaalt. Mevrouw Tekle knikt. \"Ja. Goed,\" zegt ze in het Nederlands, en ze kijkt naar de klok.",
      en = "Yonas translates. Mrs Tekle nods. \"Ja. Goed,\" she says in Dutch (yes, good), and she looks at the clock.",
    }
  end,
  -- Zwijgen kost hier: zonder controle gaat wat ze begreep, of niet begreep, mee naar huis.
  timeout = {
    seconds = 25,
    next = "pakt_tas",
    score = { begrip_checken = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = {
      nl = "Je zei niets meer, en zij nam dat als het einde van het gesprek. Een knik en 'goed' zijn geen bewijs van begrip, zeker niet via een tolk. Vraag haar wat ze gaat doen.",
      en = "You said nothing more, and she took it as the end of the meeting. A nod and 'good' are no proof of understanding, certainly not through an interpreter. Ask her what she is going to do.",
    },
  },
  choices = {
    {
      id = "taakvraag",
      text = {
        nl = "Wat gaat u vanavond met Winta doen? En wat gebeurt er maandag op school?",
        en = "What will you do with Winta tonight? And what happens at school on Monday?",
      },
      tags = { "taakvraag" },
      score = { begrip_checken = 2 },
      set = { net = "taakvraag" },
      feedback = {
        nl = "Een taakvraag, aan haar zelf: ze moet in eigen woorden zeggen wat ze gaat doen en wat er gaat gebeuren. Via de tolk hoor je dan wat er echt is aangekomen. Geef haar nu de tijd.",
        en = "A task question, to her directly: she has to say in her own words what she will do and what will happen. Through the interpreter you then hear what has really got through. Now give her time.",
      },
      next = "taakvraag_wacht",
    },
    {
      id = "tolk_gecheckt",
      text = {
        nl = "(Je kijkt naar Yonas.) Heeft ze het goed begrepen, denkt u?",
        en = "(You look at Yonas.) Do you think she understood it properly?",
      },
      tags = { "via-tolk" },
      effect = via_tolk,
      when = function(s) return not s.flags.tolk_gevraagd end,
      score = { begrip_checken = -1, tolk = -1 },
      set = { tolk_gevraagd = true, net = "tolk_weigert" },
      feedback = {
        nl = "Je vraagt de tolk om over de moeder te oordelen, waar zij bij zit. Dat kan en mag hij niet: hij vertaalt. Of ze het begrepen heeft, hoor je alleen van haar.",
        en = "You ask the interpreter to judge the mother, while she's sitting there. He can't and mustn't: he translates. Whether she understood, you can only hear from her.",
      },
      next = "tolk_weigert",
    },
    {
      id = "zelf_op_rij",
      text = function(s)
        local p = thuisplan(s)
        return {
          nl = "Ik zet het op een rij: maandag begint het extra lezen, en thuis " .. p.nl .. ".",
          en = "Let me put it in a row: on Monday the extra reading starts, and at home " .. p.en .. ".",
        }
      end,
      when = function(s) return not s.flags.op_rij end,
      set = { op_rij = true, net = "op_rij" },
      feedback = {
        nl = "Samenvatten is goed, maar nu praat jij weer. Of het is aangekomen, hoor je pas als zíj het zegt.",
        en = "Summarising is good, but now you are talking again. Whether it got through, you only hear when she says it.",
      },
      next = "op_rij",
    },
    {
      id = "begrijpt_u",
      text = {
        nl = "Begrijpt u het?",
        en = "Do you understand?",
      },
      score = { begrip_checken = -1 },
      set = { net = "begrijpt_u" },
      feedback = {
        nl = "Op 'begrijpt u het?' zegt bijna iedereen ja, uit beleefdheid of schaamte, en via een tolk nog makkelijker. Het antwoord zegt niets. Vraag wat ze gaat doen.",
        en = "To 'do you understand?' almost everyone says yes, out of politeness or embarrassment, and through an interpreter even more easily. The answer tells you nothing. Ask what she is going to do.",
      },
      next = "schijn_ja",
    },
  },
}

node "op_rij" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Yonas vertaalt je rijtje. Mevrouw Tekle luistert en knikt bij elk punt.",
    en = "Yonas translates your list. Mrs Tekle listens and nods at each point.",
  },
  next = "check",
}

node "tolk_weigert" {
  speaker = "tolk",
  mood = "neutraal",
  text = {
    nl = "Yonas vertaalt eerst je vraag voor mevrouw Tekle, zoals hij alles vertaalt. Dan zegt hij: \"Dat kan ik niet voor haar zeggen. Dat kunt u haar zelf vragen.\" Mevrouw Tekle kijkt naar de grond.",
    en = "Yonas first translates your question for Mrs Tekle, as he translates everything. Then he says: \"I can't say that for her. You can ask her yourself.\" Mrs Tekle looks at the floor.",
  },
  effects = { vertrouwen = -1 },
  next = "check",
}

node "schijn_ja" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "Yonas vertaalt. \"Ja,\" zegt mevrouw Tekle. Ze glimlacht beleefd en pakt haar tas. Je weet niet meer dan daarvoor.",
    en = "Yonas translates. \"Yes,\" says Mrs Tekle. She smiles politely and picks up her bag. You know no more than before.",
  },
  next = "afspraak",
}

node "pakt_tas" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "Mevrouw Tekle knikt nog eens en pakt haar tas. Yonas kijkt op de klok.",
    en = "Mrs Tekle nods once more and picks up her bag. Yonas glances at the clock.",
  },
  next = "afspraak",
}

node "taakvraag_wacht" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "Yonas vertaalt. Mevrouw Tekle denkt na. Ze zegt een paar woorden, stopt, en begint opnieuw. Yonas wacht met vertalen tot ze klaar is.",
    en = "Yonas translates. Mrs Tekle thinks. She says a few words, stops, and starts again. Yonas waits to translate until she has finished.",
  },
  -- Hier is zwijgen goed: de taakvraag werkt pas als zij de tijd krijgt.
  timeout = {
    seconds = 15,
    next = "antwoord",
    score = { begrip_checken = 1 },
    tags = { "stilte" },
    feedback = {
      nl = "Goed: je wachtte. Zij moet haar antwoord bouwen, en de tolk moet het daarna nog vertalen; dat duurt. Wie nu invult, verliest de controle die de taakvraag gaf.",
      en = "Good: you waited. She has to build her answer, and the interpreter still has to translate it; that takes time. Filling in now would lose the check the task question gave you.",
    },
  },
  choices = {
    {
      id = "invullen",
      text = function(s)
        local p = thuisplan(s)
        return {
          nl = "Thuis " .. p.nl .. ", toch? En maandag begint het extra lezen.",
          en = "At home " .. p.en .. ", right? And on Monday the extra reading starts.",
        }
      end,
      score = { begrip_checken = -1 },
      set = { net = "invullen" },
      feedback = {
        nl = "Je vult het antwoord voor haar in, en daarmee verdwijnt je controle. Ze zegt 'ja', en je weet weer niet wat ze begrepen heeft.",
        en = "You fill in the answer for her, and with that your check disappears. She says 'yes', and once again you don't know what she understood.",
      },
      next = "ingevuld",
    },
    {
      id = "kleinere_vraag",
      text = {
        nl = "Begin maar met vanavond. Wat doet u met Winta?",
        en = "Start with tonight. What will you do with Winta?",
      },
      set = { net = "kleiner" },
      feedback = {
        nl = "Je maakt de vraag kleiner, en dat kan helpen. Maar ze was al bezig met haar antwoord; nu moet de tolk jou eerst vertalen en begint zij opnieuw. Wachten was hier genoeg geweest.",
        en = "You make the question smaller, and that can help. But she was already working on her answer; now the interpreter first has to translate you and she starts again. Waiting would have been enough here.",
      },
      next = "antwoord",
    },
  },
}

node "ingevuld" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "Yonas vertaalt. \"Ja. Ja,\" zegt mevrouw Tekle, en ze knikt.",
    en = "Yonas translates. \"Yes. Yes,\" says Mrs Tekle, and she nods.",
  },
  next = "afspraak",
}

node "antwoord" {
  speaker = "moeder",
  mood = stemming,
  set = { gecheckt = true },   -- ze zegt het nu zelf: de controle is gebeurd
  text = function(s)
    if s.flags.thuisplan == "nederlands" then
      return {
        nl = "Yonas vertaalt: \"Vanavond praat ik Nederlands met Winta. Alleen Nederlands. Maar mijn Nederlands is niet goed... Dus dan praat ik minder.\" Ze lacht onzeker.",
        en = "Yonas translates: \"Tonight I speak Dutch with Winta. Only Dutch. But my Dutch isn't good... So then I'll talk less.\" She laughs uncertainly.",
      }
    end
    if s.flags.groepje == "apart" then
      return {
        nl = "Yonas vertaalt: \"Vanavond... ik praat met Winta. En maandag zit Winta apart, aan een tafel voor kinderen die achterlopen?\" Ze kijkt bezorgd.",
        en = "Yonas translates: \"Tonight... I talk with Winta. And on Monday Winta sits apart, at a table for children who are behind?\" She looks worried.",
      }
    end
    if s.flags.groepje == "buiten" then
      return {
        nl = "Yonas vertaalt: \"Vanavond... ik praat met Winta. En maandag gaat Winta naar de kleine kinderen, buiten de klas. Naar groep drie?\" Ze kijkt bezorgd.",
        en = "Yonas translates: \"Tonight... I talk with Winta. And on Monday Winta goes to the little children, outside the class. To year three?\" She looks worried.",
      }
    end
    local p = thuisplan(s)
    return {
      nl = "Yonas vertaalt: \"Vanavond: " .. p.ik_nl .. ". Maandag leest Winta extra, met drie kinderen uit de klas.\" Dan vraagt ze nog iets. \"Moet ik dat betalen?\"",
      en = "Yonas translates: \"Tonight: " .. p.ik_en .. ". On Monday Winta reads extra, with three children from the class.\" Then she asks something else. \"Do I have to pay for that?\"",
    }
  end,
  choices = {
    {
      id = "ja_precies",
      text = {
        nl = "Ja, precies!",
        en = "Yes, exactly!",
      },
      score = { begrip_checken = -1 },
      feedback = function(s)
        if misverstand(s) then
          return {
            nl = "Je taakvraag werkte: ze liet precies zien wat er anders was aangekomen. Maar je hoorde alleen het begin. Luister naar het hele antwoord; daar dient de taakvraag voor.",
            en = "Your task question worked: she showed exactly what had come across differently. But you only heard the beginning. Listen to the whole answer; that's what the task question is for.",
          }
        end
        return {
          nl = "Wat ze zei klopt, maar ze stelde ook een vraag (moet ik betalen?), en die laat je liggen. Luister naar het hele antwoord.",
          en = "What she said is right, but she also asked a question (do I have to pay?), and you leave it unanswered. Listen to the whole answer.",
        }
      end,
      next = "afspraak",
    },
    {
      id = "eigen_taal_goed",
      text = {
        nl = "Nee, praat juist uw eigen taal met haar, de taal die u goed kent. Daar leert ze het meest van, ook voor het Nederlands.",
        en = "No, do speak your own language with her, the language you know well. That's what she learns most from, for her Dutch too.",
      },
      when = function(s) return s.flags.thuisplan == "nederlands" end,
      score = { begrip_checken = 1, afspraken = 1 },
      set = { rechtgezet = true },
      feedback = {
        nl = "Goed hersteld. Door de taakvraag zag je wat je eigen advies thuis zou doen: een moeder die minder gaat praten. Nu zet je het recht, kort en duidelijk.",
        en = "Well recovered. The task question showed you what your own advice would do at home: a mother who talks less. Now you put it right, short and clear.",
      },
      next = "afspraak",
    },
    {
      id = "niet_kleintjes",
      text = {
        nl = "Nee. Ze leest met drie kinderen uit haar eigen klas, in het lokaal hiernaast.",
        en = "No. She reads with three children from her own class, in the room next door.",
      },
      when = function(s) return s.flags.groepje ~= nil and s.flags.thuisplan ~= "nederlands" end,
      score = { begrip_checken = 1, korte_stukken = 1 },
      set = { rechtgezet = true },
      feedback = {
        nl = "Dit is waarom je een taakvraag stelt en wacht: het extra lezen was anders aangekomen dan je bedoelde. Nu zet je het recht, met wie en waar.",
        en = "This is why you ask a task question and wait: the extra reading had come across differently from what you meant. Now you put it right, with who and where.",
      },
      next = "afspraak",
    },
    {
      id = "gratis",
      text = {
        nl = "Nee, het kost u niets. De school betaalt het.",
        en = "No, it costs you nothing. The school pays for it.",
      },
      when = function(s) return not misverstand(s) end,
      score = { begrip_checken = 1, korte_stukken = 1 },
      feedback = {
        nl = "Goed geluisterd: ze had het goed begrepen, en ze had nog een vraag. Die vraag was er zonder de taakvraag niet gekomen.",
        en = "Well listened: she had understood correctly, and she had one more question. Without the task question it would not have come up.",
      },
      next = "afspraak",
    },
  },
}

---------------------------------------------------------------------------
-- Vervolg en nagesprek met de tolk
---------------------------------------------------------------------------

node "afspraak" {
  speaker = "moeder",
  mood = stemming,
  -- Wat er met haar begrip gebeurde, in één vlag voor het einde; de rest is klaar.
  effect = function(s)
    if misverstand(s) then
      s.flags.begrip = s.flags.thuisplan == "nederlands" and "misverstand_thuis" or ("misverstand_" .. s.flags.groepje)
    elseif s.flags.rechtgezet then
      s.flags.begrip = "rechtgezet"
    elseif s.flags.gecheckt then
      s.flags.begrip = "gecheckt"
    end
    if s.flags.thuisplan == "voorlezen" then s.flags.voorlezen = true end
    s.flags.thuisplan, s.flags.groepje, s.flags.rechtgezet, s.flags.gecheckt = nil, nil, nil, nil
    s.flags.tolk_gevraagd, s.flags.op_rij, s.flags.net = nil, nil, nil
  end,
  text = {
    nl = "Mevrouw Tekle zegt iets tegen Yonas. Yonas: \"Wanneer hoor ik hoe het gaat?\"",
    en = "Mrs Tekle says something to Yonas. Yonas: \"When will I hear how it's going?\"",
  },
  choices = {
    {
      id = "brief",
      text = {
        nl = "Ik schrijf het voor u op in een brief, dan kunt u het thuis rustig nalezen.",
        en = "I'll write it down for you in a letter, so you can read it again at home.",
      },
      score = { afspraken = -1 },
      set = { vervolg = "brief" },
      feedback = function(s)
        if s.flags.thuis_info then
          return {
            nl = "Ze vertelde je al dat lezen moeilijk voor haar is. Wie leest de brief dan? Waarschijnlijk Winta, en dan is Winta toch de tolk. Spreek een gesprek af, met de tolk.",
            en = "She already told you that reading is hard for her. Who will read the letter then? Probably Winta, and then Winta is the interpreter after all. Arrange a meeting, with the interpreter.",
          }
        end
        return {
          nl = "Een brief in het Nederlands kan ze waarschijnlijk niet goed lezen. Wie leest hem dan voor? Vaak: het kind. Spreek een gesprek af, met de tolk.",
          en = "She probably can't read a letter in Dutch well. Who reads it to her then? Often: the child. Arrange a meeting, with the interpreter.",
        }
      end,
      next = "nagesprek",
    },
    {
      id = "bellen",
      text = {
        nl = "Over zes weken bel ik u, met een telefoontolk erbij. Dan vertel ik hoe het lezen gaat.",
        en = "In six weeks I'll call you, with a telephone interpreter. Then I'll tell you how the reading is going.",
      },
      score = { afspraken = 2 },
      set = { vervolg = "bellen" },
      feedback = {
        nl = "Goed: wanneer, hoe, en met een tolk. Een telefoontolk kost minder tijd en werkt ook; zo hoort ze zeker van je.",
        en = "Good: when, how, and with an interpreter. A telephone interpreter takes less time and works too; this way she is sure to hear from you.",
      },
      next = "nagesprek",
    },
    {
      id = "winta_vertaalt",
      text = {
        nl = "Winta spreekt zo goed Nederlands. Zij kan de volgende keer vertalen.",
        en = "Winta speaks such good Dutch. She can translate next time.",
      },
      score = { afspraken = -2 },
      set = { vervolg = "winta" },
      feedback = {
        nl = "Het lijkt makkelijker, maar dan vertaalt een kind van acht een gesprek over haar eigen moeite met lezen. Ze laat weg wat ze eng of gênant vindt, en zit ineens tussen school en haar moeder in. Een kind is geen tolk.",
        en = "It seems easier, but then an eight-year-old translates a conversation about her own reading difficulties. She leaves out what she finds scary or embarrassing, and suddenly stands between the school and her mother. A child is not an interpreter.",
      },
      next = "nagesprek",
    },
    {
      id = "zes_weken",
      text = {
        nl = "Over zes weken praten we weer, hier op school. Met Yonas erbij.",
        en = "In six weeks we'll talk again, here at school. With Yonas there.",
      },
      score = { afspraken = 2 },
      set = { vervolg = "school" },
      feedback = {
        nl = "Goed: een vaste afspraak, en weer met een tolk. Dat ze nu gekomen is, kwam door de tolk aan de telefoon; houd die deur open.",
        en = "Good: a fixed appointment, and again with an interpreter. She came this time thanks to the interpreter on the phone; keep that door open.",
      },
      next = "nagesprek",
    },
  },
}

node "nagesprek" {
  speaker = "tolk",
  mood = "neutraal",
  effect = function(s) s.flags.thuis_info = nil end,   -- niet meer nodig
  text = function(s)
    local nl, en
    if s.flags.lang_stuk then
      nl = "\"Mag ik iets zeggen? Bij de lange zinnen moest ik kiezen wat ik vertaalde. Dat wil ik liever niet.\""
      en = "\"May I say something? With the long sentences I had to choose what to translate. I'd rather not have to.\""
    elseif (s.flags.via or 0) >= 2 then
      nl = "\"Mag ik iets zeggen? U sprak vaak tegen mij, over haar. Dan kijkt ze naar mij en niet naar u.\""
      en = "\"May I say something? You often spoke to me, about her. Then she looks at me and not at you.\""
    elseif s.flags.vervolg == "winta" then
      nl = "\"Mag ik iets zeggen? Een kind laten tolken, bij een gesprek over dat kind zelf... Ik zou het niet doen.\""
      en = "\"May I say something? Letting a child interpret, in a conversation about that child herself... I wouldn't do it.\""
    else
      nl = "\"Het ging goed zo. U gaf mij tijd om te vertalen.\""
      en = "\"That went well. You gave me time to translate.\""
    end
    return {
      nl = "Mevrouw Tekle is weg. Yonas pakt zijn jas. " .. nl,
      en = "Mrs Tekle has gone. Yonas picks up his coat. " .. en,
    }
  end,
  choices = {
    {
      id = "bedankt",
      text = {
        nl = "Bedankt, tot de volgende keer!",
        en = "Thanks, see you next time!",
      },
      feedback = {
        nl = "Vriendelijk. Je had de tolk ook kunnen vragen hoe het vertalen voor hem ging: zo leer je het snelst werken met een tolk.",
        en = "Friendly. You could also have asked the interpreter how the interpreting went for him: that's the fastest way to learn to work with one.",
      },
      next = welk_einde,
    },
    {
      id = "oordeel",
      text = {
        nl = "Wat vond u van haar? Snapt ze een beetje hoe het hier op school werkt?",
        en = "What did you think of her? Does she understand a bit how things work at school here?",
      },
      score = { tolk = -1 },
      feedback = {
        nl = "Je vraagt de tolk om een oordeel over de ouder. Hij zegt: 'Daar zeg ik niets over.' Terecht: een tolk is neutraal, ook na het gesprek. Vraag hem wel hoe het vertalen ging.",
        en = "You ask the interpreter for a judgement about the parent. He says: 'I won't comment on that.' Rightly: an interpreter is neutral, after the meeting too. Do ask him how the interpreting went.",
      },
      next = welk_einde,
    },
    {
      id = "wat_beter",
      text = {
        nl = "Dank u. Wat kan ik volgende keer beter doen, voor u als tolk?",
        en = "Thank you. What could I do better next time, for you as the interpreter?",
      },
      score = { tolk = 1 },
      feedback = {
        nl = "Goed: een kort nagesprek over het tolken zelf (tempo, lengte van je stukken). Over de moeder vraag je niets; daar is de tolk neutraal in.",
        en = "Good: a short debrief about the interpreting itself (pace, length of your chunks). You ask nothing about the mother; on that the interpreter is neutral.",
      },
      next = welk_einde,
    },
  },
}

---------------------------------------------------------------------------
-- Einden
---------------------------------------------------------------------------

ending "twee_stoelen" {
  title = { nl = "Een gesprek tussen twee mensen", en = "A conversation between two people" },
  outcome = "good",
  text = function(s)
    local nl = "Mevrouw Tekle loopt rechtop de gang uit. Ze sprak met jou, niet met de tolk, en ze weet wat er maandag gebeurt en wat zij thuis kan doen. Dat weet jij ook zeker: je hoorde het haar zelf zeggen."
    local en = "Mrs Tekle walks down the corridor with her head up. She talked with you, not with the interpreter, and she knows what happens on Monday and what she can do at home. You know that for sure too: you heard her say it herself."
    if s.flags.voorlezen then
      nl = nl .. " Die avond leest Winta haar moeder voor, en haar moeder vraagt in het Tigrinya wat er gebeurt."
      en = en .. " That evening Winta reads to her mother, and her mother asks in Tigrinya what happens."
    end
    if s.flags.begrip == "rechtgezet" then
      nl = nl .. " Het misverstand dat je met je taakvraag vond, was anders mee naar huis gegaan."
      en = en .. " The misunderstanding you found with your task question would otherwise have gone home with her."
    end
    return { nl = nl, en = en }
  end,
}

ending "half" {
  title = { nl = "Vertaald, maar niet helemaal gedeeld", en = "Translated, but not quite shared" },
  outcome = "mixed",
  text = function(s)
    if s.flags.vervolg ~= "school" and s.flags.vervolg ~= "bellen" then
      return {
        nl = "Mevrouw Tekle gaat naar huis met een idee van het plan. Maar hoe ze hoort of het helpt, is niet afgesproken. Zonder tolk komt het volgende contact weer via Winta, of helemaal niet.",
        en = "Mrs Tekle goes home with an idea of the plan. But how she'll hear whether it helps has not been agreed. Without an interpreter the next contact will again go through Winta, or not happen at all.",
      }
    end
    if s.flags.lang_stuk then
      return {
        nl = "Mevrouw Tekle weet ongeveer wat er gaat gebeuren, en er is een vervolgafspraak. Maar bij je lange zinnen moest Yonas kiezen wat hij vertaalde. Wat hij wegliet, weet je niet, en zij ook niet.",
        en = "Mrs Tekle knows roughly what is going to happen, and there is a follow-up appointment. But with your long sentences Yonas had to choose what to translate. What he left out, you don't know, and neither does she.",
      }
    end
    if s.flags.begrip == nil then
      return {
        nl = "Het gesprek verliep vriendelijk, en er is een vervolgafspraak. Wat mevrouw Tekle precies heeft begrepen, weet je niet: je hebt het haar niet gevraagd. Via een tolk is een knik nog minder zeker dan anders.",
        en = "The meeting was friendly, and there is a follow-up appointment. What exactly Mrs Tekle understood, you don't know: you didn't ask her. Through an interpreter a nod is even less certain than usual.",
      }
    end
    return {
      nl = "Mevrouw Tekle weet wat er gaat gebeuren, en er is een vervolgafspraak. Maar het was vaak een gesprek via Yonas, in plaats van met haar: ze keek meer naar hem dan naar jou, en ging minder gerust weg dan had gekund.",
      en = "Mrs Tekle knows what's going to happen, and there is a follow-up appointment. But it was often a conversation through Yonas rather than with her: she looked at him more than at you, and left less reassured than she could have.",
    }
  end,
}

ending "misverstand_mee" {
  -- De kernfout van dit gesprek: het misverstand gaat ongemerkt mee naar huis,
  -- en thuis doet het schade. Hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = { nl = "Iets anders aangekomen", en = "Something else got through" },
  outcome = "bad",
  text = function(s)
    if s.flags.begrip == "misverstand_thuis" then
      return {
        nl = "Thuis praat mevrouw Tekle voortaan Nederlands met Winta, en dus veel minder. Verhalen in het Tigrinya vertelt ze niet meer. Jouw advies en haar 'ja' hebben niemand geholpen. Een taakvraag had het laten zien, en dan had je het kunnen rechtzetten.",
        en = "From now on Mrs Tekle speaks Dutch with Winta at home, and so much less. She no longer tells stories in Tigrinya. Your advice and her 'yes' helped nobody. A task question would have shown it, and then you could have put it right.",
      }
    end
    if s.flags.begrip == "misverstand_apart" then
      return {
        nl = "Thuis vertelt mevrouw Tekle aan Winta's vader dat Winta 'apart moet zitten, bij de kinderen die achterlopen'. Winta schaamt zich, en maandag wil ze niet mee naar het extra lezen. Je schooltaal was anders aangekomen dan je bedoelde. Een taakvraag had het laten zien.",
        en = "At home Mrs Tekle tells Winta's father that Winta 'has to sit apart, with the children who are behind'. Winta is ashamed, and on Monday she doesn't want to go to the extra reading. Your school jargon came across differently from what you meant. A task question would have shown it.",
      }
    end
    return {
      nl = "Thuis vertelt mevrouw Tekle aan Winta's vader dat Winta 'naar de kleintjes' moet. Winta schaamt zich, en maandag wil ze niet mee naar het extra lezen. 'Klein groepje, buiten de klas' was anders aangekomen dan je bedoelde. Een taakvraag had het laten zien.",
      en = "At home Mrs Tekle tells Winta's father that Winta has to go 'to the little ones'. Winta is ashamed, and on Monday she doesn't want to go to the extra reading. 'Small group, outside the class' came across differently from what you meant. A task question would have shown it.",
    }
  end,
}

ending "over_haar_heen" {
  -- Een professionele fout: het gesprek ging over de moeder, via de tolk.
  grade_cap = "voldoende",
  title = { nl = "Een gesprek over haar", en = "A conversation about her" },
  outcome = "bad",
  text = {
    nl = "Je sprak steeds tegen Yonas, over mevrouw Tekle. Ze keek naar hem, antwoordde hem, en zat er verder bij als toeschouwer. Thuis zegt ze tegen Winta's vader: 'De juf praatte met de tolk.' Op de volgende uitnodiging komt weer geen antwoord.",
    en = "You kept talking to Yonas, about Mrs Tekle. She looked at him, answered him, and otherwise sat there as a spectator. At home she tells Winta's father: 'The teacher talked to the interpreter.' The next invitation again goes unanswered.",
  },
}

ending "winta_tolk" {
  -- Een ernstige professionele fout: een kind als tolk in een gesprek over dat
  -- kind zelf. Wat er verder ook goed ging, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = { nl = "Winta als tolk", en = "Winta as interpreter" },
  outcome = "bad",
  text = {
    nl = "Zes weken later zit Winta tussen jou en haar moeder in en vertaalt een gesprek over haar eigen lezen. Wat ze gênant vindt, laat ze weg; haar moeder knikt bij alles. Wat moeder nu weet, weet niemand. Een kind is geen tolk: het raakt belast, de rollen in het gezin verschuiven, en de boodschap komt niet betrouwbaar over.",
    en = "Six weeks later Winta sits between you and her mother translating a conversation about her own reading. What she finds embarrassing, she leaves out; her mother nods at everything. What her mother knows now, nobody knows. A child is not an interpreter: it burdens the child, shifts the roles in the family, and the message does not come across reliably.",
  },
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- voorgesprek, driehoek, welkom met de rol van de tolk, eerst antwoord op haar
  -- vraag, de kern in korte zinnen, "met drie kinderen uit haar eigen klas", "nee,
  -- ze blijft in haar klas", Yonas vertaalt alles (dankzij het voorgesprek), stilte
  -- na haar schaamte, Winta laten voorlezen, taakvraag, wachten, haar vraag over
  -- betalen beantwoorden, over zes weken met Yonas, nagesprek over het tolken
  choices = "3,2,4,3,2,3,4,t,1,1,t,2,4,3",
  ending = "twee_stoelen",
  outcome = "good",
  grade = "goed",
  overall = 0.981,
  scores = { rechtstreeks = 3, korte_stukken = 6, begrip_checken = 4, tolk = 4, aansluiten = 5, afspraken = 4 },
}

plan "hoogste_score" {
  -- het beste pad van de analyse: eerst vragen wat zij thuis ziet (lus terug naar
  -- "lezen"), bij haar angst doorvragen naar de neef, en zelf samenvatten voordat
  -- je de taakvraag stelt
  choices = "3,2,4,3,3,2,3,2,2,t,4,3,1,t,2,2,3",
  ending = "twee_stoelen",
  grade = "goed",
  overall = 1,
}

plan "kind_als_tolk" {
  -- hetzelfde sterke gesprek, maar Winta wordt de tolk voor de volgende keer:
  -- het einde begrenst het oordeel
  choices = "3,2,4,3,2,3,4,t,1,1,t,2,3,3",
  ending = "winta_tolk",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.87,
}

plan "via_de_tolk" {
  -- steeds tegen Yonas praten: welkom, de vraag over thuis, uitleg over
  -- zittenblijven, "zeg maar dat het goed komt", "heeft ze het begrepen?";
  -- zonder voorgesprek vat Yonas haar lange antwoord samen ("ze is blij")
  choices = "2,1,2,2,2,3,3,1,3,3,2,3,4,1",
  ending = "over_haar_heen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.278,
}

plan "nederlands_thuis" {
  -- goed gesprek, maar het advies "praat thuis Nederlands"; de taakvraag laat het
  -- misverstand zien, en "ja, precies!" laat het liggen
  choices = "3,2,4,3,2,3,4,t,2,1,t,1,4,3",
  ending = "misverstand_mee",
  outcome = "bad",
  grade = "onvoldoende",
}

plan "nederlands_rechtgezet" {
  -- hetzelfde advies, maar na de taakvraag rechtgezet: "praat juist uw eigen taal"
  choices = "3,2,4,3,2,3,4,t,2,1,t,2,4,3",
  ending = "twee_stoelen",
  outcome = "good",
  grade = "goed",
  overall = 0.861,
}

plan "kleintjes_rechtgezet" {
  -- geen voorgesprek (Yonas vat samen, de student vraagt om alles), "klein groepje,
  -- buiten de klas" wordt "bij de kleintjes", en de taakvraag brengt het boven
  choices = "2,2,4,3,2,1,4,2,3,4,1,t,2,2,3",
  ending = "twee_stoelen",
  outcome = "good",
  grade = "goed",
  overall = 0.944,
}

plan "lange_stukken" {
  -- welkom en boodschap in één adem; de tolk onderbreekt. Daarna gaat het goed,
  -- maar wat Yonas wegliet, weet niemand
  choices = "3,2,3,3,4,4,t,4,1,t,2,2,1",
  ending = "half",
  outcome = "mixed",
  grade = "voldoende",
}

plan "stiltes_die_kosten" {
  -- zwijgen na haar bezorgde vraag, en zwijgen in plaats van begrip controleren
  choices = "3,2,4,t,2,3,4,t,1,t,4,3",
  ending = "half",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.63,
  scores = { begrip_checken = -1 },
}

plan "slechtste_pad" {
  -- advies vragen aan de tolk, "zeg maar dat het laag is", klein groepje, "maakt u
  -- zich geen zorgen", "begrijpt u het?", een brief
  choices = "1,3,1,1,1,1,1,1,1,2,4,2,2",
  ending = "misverstand_mee",
  outcome = "bad",
  grade = "onvoldoende",
}
