namespace CareDesk.Classification.Signals;

/// <summary>
/// Hand-written language profiles: the most frequent function words of each language, and a short sample of everyday
/// and health-forum language whose character trigrams stand in for a trained trigram profile. Written for CareDesk,
/// not taken from any corpus.
/// </summary>
internal static class LanguageProfiles
{
    public static readonly IReadOnlyDictionary<string, string[]> StopWords = new Dictionary<string, string[]>
    {
        ["en"] = ["the", "and", "is", "i", "my", "to", "of", "it", "for", "this", "with", "have", "not", "was", "but", "you", "that",
            "are", "on", "me", "be", "so", "just", "been", "had", "what", "can", "do", "does", "if", "any", "has", "from", "they",
            "or", "after", "about", "would", "should", "i'm", "it's", "don't", "anyone", "really", "feel", "since", "taking", "got",
            "get", "your", "how", "when", "why", "a", "an", "at", "like", "will", "now", "no", "still", "too", "very", "day", "week"],
        ["es"] = ["el", "la", "los", "las", "que", "y", "es", "un", "una", "por", "con", "para", "no", "me", "mi", "se", "lo", "pero",
            "del", "al", "como", "más", "muy", "está", "estoy", "tengo", "desde", "cuando", "también", "ya", "hay", "yo", "su",
            "porque", "sin", "sobre", "este", "esta", "puedo", "tomo", "tomar", "días", "alguien", "dolor", "hace", "mucho", "bien",
            "gracias", "qué", "cómo", "si", "se", "puede", "sabe", "algún", "ha", "he", "son", "fue", "sí", "nada", "todo", "medicamento", "normal", "efectos"],
        ["fr"] = ["le", "la", "les", "et", "est", "un", "une", "je", "pour", "dans", "pas", "que", "qui", "ne", "sur", "avec", "mon",
            "ma", "mes", "des", "du", "au", "ce", "cette", "il", "elle", "mais", "très", "depuis", "j'ai", "c'est", "suis", "ai",
            "plus", "tout", "aussi", "avoir", "être", "peut", "quelqu'un", "jours", "comme", "ça", "médicament", "merci", "bien",
            "mal", "quand", "fait", "vous", "nous", "on", "y", "sont", "ou", "effets", "après", "prendre", "prends", "je", "d'un"],
        ["de"] = ["der", "die", "das", "und", "ist", "ich", "nicht", "mit", "ein", "eine", "zu", "von", "auf", "für", "es", "mein",
            "meine", "mir", "mich", "habe", "hat", "sind", "aber", "auch", "seit", "wie", "was", "noch", "nach", "bei", "sehr", "kann",
            "wenn", "oder", "dass", "den", "dem", "des", "im", "ins", "schon", "nur", "jemand", "tage", "tagen", "nehme", "nehmen",
            "bin", "wird", "hab", "keine", "kein", "danke", "gut", "schlecht", "nebenwirkungen", "tabletten", "immer", "heute", "ob"],
        ["it"] = ["il", "lo", "la", "gli", "le", "e", "è", "un", "una", "di", "da", "per", "con", "non", "che", "mi", "mio", "mia",
            "sono", "ho", "ha", "ma", "anche", "molto", "del", "della", "dei", "nel", "nella", "alla", "al", "come", "più", "questo",
            "questa", "qualcuno", "giorni", "dopo", "prendo", "prendere", "farmaco", "grazie", "bene", "male", "ancora", "sempre",
            "quando", "perché", "io", "ci", "si", "tutto", "effetti", "collaterali", "dolore", "normale", "sto", "stato", "cosa", "si", "può", "posso"],
        ["pt"] = ["o", "a", "os", "as", "que", "e", "é", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na", "para",
            "com", "não", "por", "meu", "minha", "eu", "tenho", "estou", "mas", "muito", "mais", "como", "também", "já", "foi",
            "desde", "quando", "alguém", "dias", "tomo", "tomar", "remédio", "obrigado", "obrigada", "bem", "mal", "isso", "esse",
            "essa", "você", "ele", "ela", "seu", "sua", "há", "só", "ainda", "efeitos", "colaterais", "dor", "normal", "estava", "se", "posso", "pode", "sabe", "alguma"],
        ["nl"] = ["de", "het", "een", "en", "van", "ik", "is", "niet", "dat", "met", "voor", "op", "te", "mijn", "heb", "maar", "ook",
            "zijn", "wat", "dit", "bij", "al", "nog", "naar", "om", "er", "wel", "geen", "kan", "als", "sinds", "dagen", "neem",
            "nemen", "iemand", "heel", "veel", "meer", "toen", "hoe", "waarom", "dank", "bedankt", "goed", "slecht", "pijn",
            "bijwerkingen", "medicijn", "tabletten", "gewoon", "echt", "ben", "was", "hij", "zij", "ze", "je", "jij", "u", "nu", "deze"],
    };

    public static readonly IReadOnlyDictionary<string, string> Samples = new Dictionary<string, string>
    {
        ["en"] = "I have been taking this medication for three weeks and the side effects are getting worse. Does anyone know "
            + "whether the headache should go away? My doctor said that it would settle down but I am still feeling sick "
            + "every morning. Thank you for the help, the pharmacist was really kind. Should I stop taking it or wait longer?",
        ["es"] = "Llevo tres semanas tomando este medicamento y los efectos secundarios están empeorando. ¿Alguien sabe si "
            + "el dolor de cabeza desaparece? Mi médico dijo que se calmaría pero todavía me siento mal todas las mañanas. "
            + "Gracias por la ayuda, la farmacéutica fue muy amable. ¿Debería dejar de tomarlo o esperar más tiempo?",
        ["fr"] = "Je prends ce médicament depuis trois semaines et les effets secondaires deviennent plus forts. Quelqu'un sait "
            + "si le mal de tête va disparaître? Mon médecin a dit que cela allait se calmer mais je me sens toujours malade "
            + "chaque matin. Merci pour votre aide, la pharmacienne était vraiment gentille. Est-ce que je dois arrêter?",
        ["de"] = "Ich nehme dieses Medikament seit drei Wochen und die Nebenwirkungen werden immer schlimmer. Weiß jemand, ob "
            + "die Kopfschmerzen weggehen? Mein Arzt hat gesagt, dass es sich beruhigen wird, aber mir ist jeden Morgen noch "
            + "schlecht. Danke für die Hilfe, die Apothekerin war wirklich freundlich. Soll ich aufhören oder länger warten?",
        ["it"] = "Prendo questo farmaco da tre settimane e gli effetti collaterali stanno peggiorando. Qualcuno sa se il mal "
            + "di testa passerà? Il mio medico ha detto che si sarebbe calmato ma mi sento ancora male ogni mattina. Grazie "
            + "per l'aiuto, la farmacista è stata davvero gentile. Dovrei smettere di prenderlo oppure aspettare ancora?",
        ["pt"] = "Estou tomando este remédio há três semanas e os efeitos colaterais estão piorando. Alguém sabe se a dor de "
            + "cabeça vai passar? Meu médico disse que ia melhorar mas ainda me sinto mal todas as manhãs. Obrigada pela "
            + "ajuda, a farmacêutica foi muito gentil. Devo parar de tomar ou esperar mais tempo? Não sei o que fazer.",
        ["nl"] = "Ik neem dit medicijn nu drie weken en de bijwerkingen worden steeds erger. Weet iemand of de hoofdpijn "
            + "vanzelf overgaat? Mijn huisarts zei dat het zou wennen maar ik voel me nog steeds elke ochtend misselijk. "
            + "Bedankt voor de hulp, de apotheker was heel vriendelijk. Moet ik stoppen met innemen of langer wachten?",
    };
}
