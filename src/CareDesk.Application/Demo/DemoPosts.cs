namespace CareDesk.Application.Demo;

/// <summary>
/// Demo conversations about the fictional brands Cardiozen (blood-pressure tablet, US channels) and Respiro (asthma
/// inhaler, UK channels); written for CareDesk, not taken from any dataset. The mix covers every triage label, a few
/// multi-label posts, threads whose later posts change the case, private chats, an email exchange, and some tricky
/// texts the starter rules get wrong on purpose (a missed adverse event, an indication read as a symptom, a sign-off
/// read as praise) so the rule editor has something to fix. Receipt times run from minutes to three days back, so the
/// queue shows clocks on track, in warning and breached.
/// </summary>
public static class DemoPosts
{
    public static IReadOnlyList<DemoPost> All { get; } =
    [
        // ---- adverse events ------------------------------------------------------------------------------------
        new("x-cardiozen-us", "x-1001", "@jamie_runs",
            "Started Cardiozen 10 days ago and I've had a pounding headache and dizziness every morning since. Is that normal?",
            TimeSpan.FromMinutes(50)),
        new("facebook-cardiozen-us", "fb-2001", "Denise Carter",
            "My mom has been on Cardiozen for about a month and her ankles are swelling up every evening. Her doctor is away until next week, what should she do?",
            TimeSpan.FromMinutes(25)),
        new("reddit-respiro", "rd-4001", "u/wheezy_dad",
            "My son (9) gets palpitations and shaky hands for about 20 minutes after two puffs of Respiro. Anyone else seen this with their kids?",
            TimeSpan.FromMinutes(130)),
        new("instagram-cardiozen-us", "ig-3001", "@sunny.days.cooks",
            "Week 2 on Cardiozen and I've got an itchy rash all over my forearms 😩 anyone else??",
            TimeSpan.FromMinutes(80)),
        new("email-medinfo-uk", "em-6001", "Priya Shah",
            "Subject: Respiro in pregnancy\n\nHello, I have just found out I am pregnant and I have been taking Respiro twice a day for the past two months. Should I stop using it? My first midwife appointment is on Friday.\n\nPriya",
            TimeSpan.FromHours(26)),
        new("webchat-respiro-uk", "wc-5001", "Guest 4471",
            "I think I took a double dose of Respiro this morning by mistake, four puffs instead of two. What should I do?",
            TimeSpan.FromMinutes(12)),
        new("x-cardiozen-us", "x-1004", "@bp_warrior_62",
            "Cardiozen just stopped working for me?? Readings back up to 158/98 and I haven't missed a single day.",
            TimeSpan.FromHours(3)),
        new("youtube-cardiozen", "yt-7001", "Gary Holt",
            "Watching this from the ER waiting room after fainting at work this morning. Been on Cardiozen 3 weeks. Coincidence?",
            TimeSpan.FromHours(5)),
        new("reddit-respiro", "rd-4004", "u/peakflow_pete",
            "Respiro made me sick the first week, threw up twice after my evening puffs. Does it get better?",
            TimeSpan.FromHours(30)),
        // A real adverse event in words the starter rules do not know (hoarse voice, oral thrush).
        new("webchat-respiro-uk", "wc-5010", "Guest 5120",
            "Since I started the brown Respiro inhaler my voice has gone hoarse and there are white patches in my mouth. Is that thrush?",
            TimeSpan.FromMinutes(40)),
        // "No side effects" cancels only its own match: the bleeding gums later in the post still flag an adverse event.
        new("x-cardiozen-us", "x-1006", "@marathon_mike",
            "No side effects for the first month on Cardiozen, but this week my gums keep bleeding when I brush.",
            TimeSpan.FromHours(1)),
        // Adverse event, product complaint and off-label question in one post (R14).
        new("reddit-respiro", "rd-4010", "u/tired_parent_uk",
            "The Respiro inhaler was cracked and I got a sore throat infection, is it ok to use it off-label for my kid?",
            TimeSpan.FromMinutes(20)),

        // ---- product complaints --------------------------------------------------------------------------------
        new("reddit-respiro", "rd-4002", "u/asthma_and_awesome",
            "New Respiro inhaler arrived today with a cracked mouthpiece. Not risking using it like this.",
            TimeSpan.FromHours(9), ThreadId: "rd-4002"),
        new("reddit-respiro", "rd-4003", "u/lungs_of_steel",
            "Same here last month, mine was cracked and the canister was leaking too.",
            TimeSpan.FromHours(6), ThreadId: "rd-4002", ParentId: "rd-4002"),
        new("x-cardiozen-us", "x-1007", "@kelly_k",
            "Opened a brand new bottle of Cardiozen and it's missing pills. 26 in a 30 count. Not great.",
            TimeSpan.FromHours(4)),
        new("email-medinfo-uk", "em-6004", "Tom Whitaker",
            "Subject: Lot mismatch\n\nThe lot number on my Respiro carton does not match the one printed on the inhaler. Could this be the wrong lot? I have not used it yet.\n\nTom Whitaker",
            TimeSpan.FromHours(52)),
        new("facebook-cardiozen-us", "fb-2005", "Luis Romero",
            "My Cardiozen pack came damaged, the blister foil was torn open on two of the tablets. Are they still safe to take?",
            TimeSpan.FromHours(11)),
        new("instagram-cardiozen-us", "ig-3004", "@karen.in.ohio",
            "Why do some of my Cardiozen tablets look discolored? Brown specks on about half of them.",
            TimeSpan.FromHours(14)),
        new("webchat-respiro-uk", "wc-5020", "Guest 6002",
            "The counter on my Respiro jammed at 120 and won't move, so I've no idea how many puffs are left.",
            TimeSpan.FromMinutes(150)),

        // ---- medical information -------------------------------------------------------------------------------
        new("x-cardiozen-us", "x-1002", "@retired_teacher_jo",
            "Can I take Cardiozen with ibuprofen? Any interactions I should know about?",
            TimeSpan.FromMinutes(160)),
        new("facebook-cardiozen-us", "fb-2006", "Angela Brooks",
            "I missed my dose last night. Should I take two this morning or just carry on as normal?",
            TimeSpan.FromMinutes(35)),
        new("instagram-cardiozen-us", "ig-3005", "@weekend.wanderer",
            "Is Cardiozen ok with alcohol? Got a wedding on Saturday 🥂",
            TimeSpan.FromHours(7)),
        new("youtube-cardiozen", "yt-7002", "Dolores Nguyen",
            "Can I split Cardiozen tablets in half? They're hard for me to swallow.",
            TimeSpan.FromHours(20)),
        // The headache is why they took Advil, not a reaction to Cardiozen; the starter rules still read it as a symptom.
        new("x-cardiozen-us", "x-1008", "@nate_builds",
            "Took Advil for my headache yesterday, is it OK to take that alongside Cardiozen?",
            TimeSpan.FromHours(17)),
        // Email exchange with Medical Information (one case); the reply's "Thanks" reads as praise to the rules.
        new("email-medinfo-uk", "em-6002", "Helen Morris",
            "Subject: Flying with Respiro\n\nDear Medical Information team,\nCan I take my Respiro inhaler in my hand luggage when I fly to Spain next month?\n\nKind regards,\nHelen Morris",
            TimeSpan.FromHours(68), ThreadId: "em-6002"),
        new("email-medinfo-uk", "em-6003", "Helen Morris",
            "Subject: RE: Flying with Respiro\n\nThanks for your quick reply. One more question: how long does an inhaler last once it is out of the foil pouch?\n\nHelen",
            TimeSpan.FromHours(46), ThreadId: "em-6002", ParentId: "em-6002"),

        // ---- off-label questions -------------------------------------------------------------------------------
        new("reddit-respiro", "rd-4006", "u/mum_of_three",
            "Could we try Respiro for our toddler? She wheezes with every cold and the waiting list for the clinic is weeks.",
            TimeSpan.FromHours(15)),
        new("instagram-cardiozen-us", "ig-3006", "@fitgoals_2026",
            "Saw someone say people use Cardiozen for weight loss. Does that actually work??",
            TimeSpan.FromHours(2)),
        new("x-cardiozen-us", "x-1009", "@quiet_nerves",
            "Can doctors prescribe Cardiozen for anxiety? A friend takes it before big presentations.",
            TimeSpan.FromHours(23)),
        new("facebook-cardiozen-us", "fb-2007", "Rachel Kim",
            "Has anyone's doctor used Cardiozen off label for a teenager? My son is 14 and his BP is high.",
            TimeSpan.FromHours(40)),

        // ---- general inquiries ---------------------------------------------------------------------------------
        new("x-cardiozen-us", "x-1003", "@pharmfan",
            "Where can I find a Cardiozen savings card? My copay just went up.",
            TimeSpan.FromMinutes(70)),
        new("facebook-cardiozen-us", "fb-2008", "Bill Turner",
            "Does my insurance cover Cardiozen? I'm on a Medicare Advantage plan.",
            TimeSpan.FromHours(8)),
        new("instagram-cardiozen-us", "ig-3007", "@tampa_tom",
            "Is Cardiozen 10 mg in stock anywhere around Tampa? Two pharmacies said no 😕",
            TimeSpan.FromHours(3.5)),
        new("reddit-respiro", "rd-4007", "u/breathe_easy_bex",
            "Is there a Respiro shortage at the moment? My refill has been on back order for a week.",
            TimeSpan.FromHours(44)),
        new("webchat-respiro-uk", "wc-5030", "Guest 7781",
            "Hello, how do I get my repeat prescription sent to a different pharmacy while I'm away?",
            TimeSpan.FromMinutes(15)),
        new("youtube-cardiozen", "yt-7003", "Marcus Lee",
            "What's the price of Cardiozen without insurance? Asking for my dad.",
            TimeSpan.FromHours(60)),
        // "died" is an adverse-event term (deaths are reportable); here it is only a phone: a false alarm by design.
        new("x-cardiozen-us", "x-1014", "@lottie_lu",
            "My phone died halfway through the savings card signup. How do I get back to where I was?",
            TimeSpan.FromMinutes(90)),

        // ---- praise --------------------------------------------------------------------------------------------
        new("facebook-cardiozen-us", "fb-2002", "Maria Lopez",
            "Thank you Cardiozen team, my blood pressure is finally under control. Honestly life changing!",
            TimeSpan.FromHours(3)),
        new("reddit-respiro", "rd-4008", "u/first10k_finisher",
            "Respiro has been a game changer for my exercise-induced asthma. Ran my first 10k on Sunday!",
            TimeSpan.FromHours(50)),
        // Must not be an adverse event: the exclude terms cover "no side effects".
        new("instagram-cardiozen-us", "ig-3002", "@green_smoothie_gal",
            "Three months on Cardiozen, no side effects at all so far, and my readings are so much better 💪",
            TimeSpan.FromHours(6)),
        new("youtube-cardiozen", "yt-7004", "Helen P",
            "Great explainer, love how clear this video is.",
            TimeSpan.FromHours(33)),
        new("x-cardiozen-us", "x-1011", "@dad_jokes_and_bp",
            "Grateful my doctor switched me to Cardiozen. 128/79 this morning for the first time in years.",
            TimeSpan.FromHours(27)),
        new("webchat-respiro-uk", "wc-5040", "Guest 8830",
            "Just wanted to say the new Respiro inhaler works great, so much easier than my old one.",
            TimeSpan.FromHours(4.5)),

        // ---- crisis signals ------------------------------------------------------------------------------------
        new("webchat-respiro-uk", "wc-5050", "Guest 9104",
            "Honestly some nights I want to die. The asthma, the job, all of it. I don't even know why I'm typing this here.",
            TimeSpan.FromMinutes(5), IsPublic: false),
        new("x-cardiozen-us", "x-1012", "@truth_seeker_88",
            "Is it true there's a Cardiozen recall? Saw a video saying a class action lawsuit is coming. Should I stop taking it??",
            TimeSpan.FromHours(10)),
        new("facebook-cardiozen-us", "fb-2009", "Frank Delaney",
            "Boycott this company until they stop gouging patients. $400 a month for blood pressure pills is criminal.",
            TimeSpan.FromHours(36)),

        // ---- general chatter -----------------------------------------------------------------------------------
        new("x-cardiozen-us", "x-1013", "@couch_coach",
            "That Cardiozen ad came on during the game AGAIN lol",
            TimeSpan.FromHours(5.5)),
        new("youtube-cardiozen", "yt-7005", "Kev",
            "first!",
            TimeSpan.FromHours(72)),
        new("reddit-respiro", "rd-4009", "u/spacer_nerd",
            "Mods, could we get a weekly thread for spacer recommendations?",
            TimeSpan.FromHours(56)),

        // ---- threads -------------------------------------------------------------------------------------------
        // Facebook comment thread: a harmless question, a reply, then the first commenter adds symptoms.
        new("facebook-cardiozen-us", "fb-2101", "Linda Walsh",
            "Has anyone switched to Cardiozen from an older blood pressure pill? How did the changeover go?",
            TimeSpan.FromHours(28), ThreadId: "fb-2101"),
        new("facebook-cardiozen-us", "fb-2102", "Paul Grant",
            "I switched in March. Took about two weeks to settle but fine since.",
            TimeSpan.FromHours(25), ThreadId: "fb-2101", ParentId: "fb-2101"),
        new("facebook-cardiozen-us", "fb-2103", "Linda Walsh",
            "Update from me: five days in and I feel nauseous after lunch and my fingers go numb in the evening.",
            TimeSpan.FromHours(21), ThreadId: "fb-2101", ParentId: "fb-2102"),

        // Private web chat: an opening line, then the parent describes a symptom in the child.
        new("webchat-respiro-uk", "wc-5060", "Guest 3390",
            "Hi, is anyone there? I've got a question about my son's Respiro inhaler.",
            TimeSpan.FromMinutes(95), ThreadId: "chat-3390", IsPublic: false),
        new("webchat-respiro-uk", "wc-5061", "Guest 3390",
            "He's 7. Since he started the new inhaler his nose keeps bleeding at night, three times this week.",
            TimeSpan.FromMinutes(90), ThreadId: "chat-3390", IsPublic: false),
    ];
}
