namespace CareDesk.Classification.Tests.Signals;

/// <summary>
/// Hand-written, labelled language examples in the style of patient posts (no public labelled data of this kind exists).
/// "und" marks text too short, empty of words or mixed, where the detector must not guess.
/// </summary>
internal static class LanguageExamples
{
    public static readonly (string Text, string Language)[] Determined =
    [
        ("My head hurts since I started taking this medication, is that normal?", "en"),
        ("Just picked up my refill and the pharmacist was really helpful 😀", "en"),
        ("@CareDeskHelp does anyone know if this can be taken with food? #pharma https://t.co/abc123", "en"),
        ("I have been feeling so tired after the second injection", "en"),
        ("The pen was cracked when it arrived, what should I do", "en"),
        ("Tengo dolor de cabeza desde que empecé a tomar este medicamento, ¿es normal?", "es"),
        ("@farmacia gracias por la ayuda, ya me siento mucho mejor 😊", "es"),
        ("¿Alguien sabe si se puede tomar con alcohol?", "es"),
        ("Mi hijo toma la pastilla todos los días y tiene náuseas", "es"),
        ("El envase llegó roto y las pastillas tienen un color raro", "es"),
        ("J'ai mal à la tête depuis que je prends ce médicament, c'est normal ?", "fr"),
        ("Est-ce que quelqu'un sait si on peut le prendre pendant la grossesse ?", "fr"),
        ("Merci beaucoup pour votre réponse, je me sens beaucoup mieux", "fr"),
        ("Le stylo ne fonctionne plus et je dois faire mon injection ce soir", "fr"),
        ("Mon fils a des boutons depuis qu'il prend le traitement 😢", "fr"),
        ("Ich habe seit der Einnahme starke Kopfschmerzen, ist das normal?", "de"),
        ("Weiß jemand, ob man die Tabletten mit Alkohol nehmen kann?", "de"),
        ("Danke für die schnelle Hilfe, mir geht es schon viel besser", "de"),
        ("Der Pen war bei der Lieferung kaputt und jetzt habe ich keine Dosis", "de"),
        ("Ausschlag nach DrugX, was soll ich jetzt machen? #DrugX", "de"),
        ("Ho mal di testa da quando prendo questo farmaco, è normale?", "it"),
        ("Qualcuno sa se si può prendere con l'alcol?", "it"),
        ("Grazie mille per l'aiuto, mi sento molto meglio", "it"),
        ("La penna era rotta quando è arrivata e non so cosa fare", "it"),
        ("Mio figlio prende le compresse ogni giorno e ha la nausea", "it"),
        ("Estou com dor de cabeça desde que comecei a tomar este remédio, é normal?", "pt"),
        ("Alguém sabe se posso tomar com bebida alcoólica?", "pt"),
        ("Muito obrigada pela ajuda, já me sinto bem melhor", "pt"),
        ("A caneta chegou quebrada e não consigo fazer a aplicação", "pt"),
        ("Meu filho toma o comprimido todos os dias e está com enjoo", "pt"),
        ("Ik heb hoofdpijn sinds ik dit medicijn gebruik, is dat normaal?", "nl"),
        ("Weet iemand of je het met alcohol mag innemen?", "nl"),
        ("Bedankt voor de snelle hulp, ik voel me al veel beter", "nl"),
        ("De pen was kapot toen hij aankwam en nu kan ik niet spuiten", "nl"),
        ("Mijn zoon neemt de tabletten elke dag en is misselijk", "nl"),
    ];

    public static readonly string[] Undetermined =
    [
        "",
        "   ",
        "lol",
        "😀😀😀",
        "@brand #drugx https://t.co/x",
        "ok thanks",
        "DrugX 20mg",
        "?!",
        "123 456 7890",
        "#DrugX #pharma #health",
        "👍",
        "yes!!",
        "@CareDesk @pharma_help",
        "https://example.com/a?b=c",
        "hmm ok",
        "😡😡 💔",
        "lol lmao",
        "Gracias, thank you",
        "Merci, danke schön",
        "Me siento muy mal, the headache is so bad",
    ];
}
