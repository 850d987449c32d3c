using CareDesk.Classification.Products;
using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>
/// Hand-written, labelled medical-information and off-label questions (no public labelled data of this kind exists). The
/// products are invented: DrugX (type 2 diabetes, adults), Respira (asthma from 6 years, COPD), Dermaclear (plaque
/// psoriasis; atopic dermatitis in adolescents), Slimora (weight management in adults with obesity).
/// </summary>
internal static class QuestionExamples
{
    public static readonly ProductConfiguration Products = new(
    [
        new ConfiguredProduct("DrugX", ["drug x", "examplatide"], ["type 2 diabetes mellitus"]),
        new ConfiguredProduct("Respira", ["respira inhaler"], ["asthma in patients aged 6 years and older", "COPD"]),
        new ConfiguredProduct("Dermaclear", ["dermaclear cream"], ["moderate to severe plaque psoriasis", "atopic dermatitis in adolescents"]),
        new ConfiguredProduct("Slimora", [], ["chronic weight management in adults with obesity"]),
    ]);

    /// <summary>Off-label questions: text, product, asked use (or population).</summary>
    public static readonly (string Text, string Product, string Asked)[] OffLabel =
    [
        ("Can I take DrugX for weight loss?", "DrugX", "weight loss"),
        ("Does DrugX work for type 1 diabetes?", "DrugX", "type 1 diabetes"),
        ("Is DrugX ok for my 5 year old?", "DrugX", "5 year old"),
        ("DrugX for PCOS?", "DrugX", "PCOS"),
        ("Has anyone used Respira for a cough?", "Respira", "a cough"),
        ("Could I use Dermaclear cream on my acne?", "Dermaclear", "acne"),
        ("Would Respira help with my anxiety?", "Respira", "my anxiety"),
        ("Is Slimora safe for my 14 year old?", "Slimora", "14 year old"),
        ("Can my doctor prescribe DrugX for prediabetes?", "DrugX", "prediabetes"),
        ("Is it ok to give Respira to my 3 year old?", "Respira", "3 year old"),
        ("anyone tried Dermaclear for rosacea?", "Dermaclear", "rosacea"),
        ("Does Slimora help with PCOS?", "Slimora", "PCOS"),
        ("Can I use DrugX off-label for my migraines?", "DrugX", "my migraines"),
        ("Love this stuff. Thinking of taking examplatide to lose weight, does it work?", "DrugX", "weight"),
        ("Is Dermaclear safe for my baby's eczema?", "Dermaclear", "baby"),
        ("Respira for sleep apnea?", "Respira", "sleep apnea"),
        ("Would DrugX be good for my PCOS and insulin resistance?", "DrugX", "my PCOS"),
        ("Is Slimora approved for teenagers?", "Slimora", "teenagers"),
        ("Does Dermaclear work for psoriatic arthritis?", "Dermaclear", "psoriatic arthritis"),
        ("My sister swears by Slimora. Can I take it for my PCOS too?", "Slimora", "my PCOS"),
    ];

    /// <summary>On-label medical-information questions: text and product (null when none is named).</summary>
    public static readonly (string Text, string? Product)[] MedicalInquiry =
    [
        ("Can I take DrugX for my type 2 diabetes if I drink alcohol?", "DrugX"),
        ("Does Respira work for asthma?", "Respira"),
        ("Can I take DrugX while breastfeeding?", "DrugX"),
        ("How should I store the Respira inhaler?", "Respira"),
        ("I missed my DrugX dose yesterday, should I take two today?", "DrugX"),
        ("Is it normal to feel nauseous after DrugX?", "DrugX"),
        ("Can I take DrugX with ibuprofen?", "DrugX"),
        ("What is the maximum dose of Slimora?", "Slimora"),
        ("Left my pen out of the fridge overnight, is it still ok?", null),
        ("Does Slimora help with weight loss?", "Slimora"),
        ("Can my 8 year old use Respira for asthma?", "Respira"),
        ("How long does the headache from DrugX last?", "DrugX"),
        ("Can I drink wine on DrugX?", "DrugX"),
        ("Should I take DrugX in the morning or at night?", "DrugX"),
        ("Can I split the DrugX tablets?", "DrugX"),
        ("Wondering if I can take Respira while pregnant.", "Respira"),
        ("Is Dermaclear safe to use on plaque psoriasis on my scalp?", "Dermaclear"),
        ("Can I give Respira to my 10 year old?", "Respira"),
        ("How many puffs of Respira can I take a day?", "Respira"),
        ("Is this rash a side effect of my meds?", null),
    ];

    /// <summary>Neither medical information nor off-label: statements, general inquiries, unrelated questions.</summary>
    public static readonly string[] Neither =
    [
        "DrugX has been amazing for my diabetes!",
        "Where can I buy DrugX?",
        "How much does DrugX cost without insurance?",
        "Is Respira covered by my insurance?",
        "I take DrugX for weight loss and it works",
        "Can't wait to start DrugX next week!",
        "Is there a coupon for Slimora?",
        "Does the pharmacy on Main St have Respira in stock?",
        "Love my Respira inhaler, thanks team",
        "What time does your call centre open?",
        "Who makes Dermaclear?",
        "DrugX commercial is so annoying, why is it on every channel?",
        "Is Slimora available in Ireland?",
        "Just took my DrugX dose 💉",
        "Why is DrugX so expensive?",
        "Anyone watching the game tonight?",
        "Can you DM me?",
        "Is it normal that my train is late again?",
        "My Respira inhaler works for my asthma, so glad.",
        "How do I reset my password on the app?",
        "Can I get a refund for the damaged box?",
    ];
}
