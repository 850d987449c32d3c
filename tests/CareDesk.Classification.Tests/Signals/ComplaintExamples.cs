namespace CareDesk.Classification.Tests.Signals;

/// <summary>Hand-written, labelled product-quality complaints and look-alikes (no public labelled data of this kind exists).</summary>
internal static class ComplaintExamples
{
    /// <summary>Complaints: text and the defect kind expected.</summary>
    public static readonly (string Text, string Defect)[] Complaints =
    [
        ("The DrugX pen was cracked when I opened the box", "device_damage"),
        ("My inhaler is leaking from the bottom", "device_damage"),
        ("These tablets are a different colour than usual", "wrong_appearance"),
        ("The pills smell like vinegar", "taste_or_smell"),
        ("Strange taste from the new batch of tablets", "taste_or_smell"),
        ("Box said 28 but only 26 tablets inside", "missing_units"),
        ("Two tablets were missing from the blister", "missing_units"),
        ("The box arrived crushed and the blister was torn", "damaged_packaging"),
        ("I think these are counterfeit pens", "counterfeit"),
        ("Bought online, pretty sure they're fake pills", "counterfeit"),
        ("The pack arrived already expired", "expired_on_arrival"),
        ("Lot number on the box is smudged and unreadable", "lot_number"),
        ("The dose counter on my inhaler is stuck at 60", "device_malfunction"),
        ("Needle bent on the first use", "device_malfunction"),
        ("Pen won't click no matter what I do", "device_malfunction"),
        ("The autoinjector jammed halfway 😡", "device_malfunction"),
        ("Safety seal was broken when I got it", "damaged_packaging"),
        ("The cream has a strange smell from the tube", "taste_or_smell"),
        ("Tablets are crumbling in the bottle", "wrong_appearance"),
        ("Pharmacy dispensed it and it was expired", "expired_on_arrival"),
        ("Half the blister pack was empty", "missing_units"),
        ("Batch number doesn't match the one on the carton", "lot_number"),
    ];

    public static readonly string[] NotComplaints =
    [
        "DrugX mended my broken heart lol",
        "My phone is broken so I can't order my refill",
        "DrugX is way too expensive, this is a ripoff",
        "Price went up again, broken system",
        "I broke my leg and now I'm on painkillers",
        "The pen is so easy to use, love it",
        "I have a metallic taste in my mouth since starting DrugX",
        "My inhaler works great",
        "My prescription expired, need a refill",
        "Is the coupon expired?",
        "Feeling broken and exhausted today",
        "My skin is cracked and dry",
        "Lost my pen at the gym",
        "Got a new phone case, cracked screen fixed",
        "What colour are the 5mg tablets?",
        "The taste of the syrup is great, my kids love it",
        "Missing my old life before diabetes",
        "Fake news about DrugX everywhere",
        "The nurse showed me how to click the pen",
        "My heart is broken, the pharmacy closed",
        "Package was delivered late",
        "The app is stuck on loading",
    ];
}
