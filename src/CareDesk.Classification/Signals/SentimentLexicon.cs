namespace CareDesk.Classification.Signals;

/// <summary>
/// The sentiment word list, written for CareDesk: general English plus health-forum slang. Valences are on a -3..3 scale.
/// Phrases are matched before single words and win over them.
/// </summary>
internal static class SentimentLexicon
{
    public static readonly Dictionary<string, double> Words = new(StringComparer.Ordinal)
    {
        // Positive.
        ["good"] = 1.9, ["great"] = 2.6, ["excellent"] = 3, ["amazing"] = 2.8, ["awesome"] = 2.7, ["fantastic"] = 2.8, ["wonderful"] = 2.7,
        ["love"] = 2.6, ["loving"] = 2.4, ["loved"] = 2.4, ["happy"] = 2.4, ["glad"] = 2.0, ["grateful"] = 2.5,
        ["thankful"] = 2.4, ["thanks"] = 1.6, ["thank"] = 1.6, ["better"] = 1.8, ["best"] = 2.4, ["improved"] = 2.0,
        ["improving"] = 1.8, ["improvement"] = 1.8, ["relief"] = 2.0, ["relieved"] = 2.0, ["helped"] = 1.9, ["helps"] = 1.6,
        ["helpful"] = 1.8, ["works"] = 1.4, ["worked"] = 1.4, ["working"] = 1.0, ["effective"] = 2.0, ["lifesaver"] = 3,
        ["miracle"] = 2.8, ["blessing"] = 2.6, ["blessed"] = 2.2, ["hope"] = 1.2, ["hopeful"] = 1.8, ["easy"] = 1.4, ["nice"] = 1.8,
        ["perfect"] = 2.7, ["recommend"] = 1.8, ["fine"] = 0.8, ["well"] = 0.6, ["energy"] = 0.8, ["calm"] = 1.2, ["yay"] = 2.2,
        ["finally"] = 0.8, ["brilliant"] = 2.7, ["superb"] = 2.8, ["kind"] = 1.6, ["friendly"] = 1.8, ["comfortable"] = 1.5,
        ["painless"] = 1.6, ["remission"] = 2.2, ["clear"] = 1.0, ["cleared"] = 1.6, ["healthy"] = 1.8, ["thriving"] = 2.4,
        ["fab"] = 2.2, ["stoked"] = 2.4, ["thrilled"] = 2.7, ["impressed"] = 2.0, ["smooth"] = 1.2, ["appreciate"] = 2.0,
        ["pleased"] = 2.0, ["wow"] = 1.6, ["legend"] = 2.0, ["legit"] = 1.2, ["fixed"] = 1.2,

        // Negative.
        ["bad"] = -2.5, ["terrible"] = -2.9, ["horrible"] = -3, ["awful"] = -2.9, ["worst"] = -3, ["worse"] = -2.2, ["hate"] = -2.7,
        ["hated"] = -2.6, ["sick"] = -1.8, ["pain"] = -1.9, ["painful"] = -2.2, ["hurts"] = -1.9, ["hurt"] = -1.8, ["sad"] = -2.1,
        ["angry"] = -2.4, ["furious"] = -2.9, ["upset"] = -2.0, ["scared"] = -2.0, ["afraid"] = -1.9, ["worried"] = -1.7,
        ["anxious"] = -1.6, ["frustrated"] = -2.2, ["frustrating"] = -2.2, ["annoyed"] = -1.8, ["annoying"] = -1.8,
        ["disappointed"] = -2.2, ["disappointing"] = -2.2, ["useless"] = -2.5, ["nightmare"] = -2.8, ["hell"] = -2.4,
        ["sucks"] = -2.4, ["sucked"] = -2.2, ["crap"] = -2.3, ["crappy"] = -2.3, ["garbage"] = -2.5, ["trash"] = -2.3,
        ["rubbish"] = -2.2, ["ugh"] = -1.8, ["meh"] = -0.8, ["miserable"] = -2.7, ["suffering"] = -2.4, ["suffer"] = -2.0,
        ["unbearable"] = -2.8, ["exhausted"] = -1.8, ["tired"] = -1.2, ["zombie"] = -2.0, ["wrecked"] = -2.2, ["rough"] = -1.4,
        ["struggling"] = -2.0, ["struggle"] = -1.8, ["scary"] = -2.0, ["dangerous"] = -2.2, ["poison"] = -2.6, ["scam"] = -2.6,
        ["ripoff"] = -2.4, ["expensive"] = -1.2, ["broken"] = -1.6, ["failed"] = -2.0, ["fail"] = -2.0, ["fails"] = -2.0,
        ["problem"] = -1.4, ["problems"] = -1.4, ["issue"] = -1.0, ["issues"] = -1.0, ["nausea"] = -1.6, ["nauseous"] = -1.8,
        ["vomiting"] = -1.9, ["dizzy"] = -1.6, ["headache"] = -1.6, ["rash"] = -1.5, ["itchy"] = -1.4, ["crying"] = -1.9,
        ["depressed"] = -2.4, ["hopeless"] = -2.8, ["regret"] = -2.2, ["avoid"] = -1.4, ["wtf"] = -2.0,
        ["ridiculous"] = -2.0, ["pathetic"] = -2.6, ["shame"] = -1.8, ["disgusting"] = -2.8, ["gross"] = -2.0, ["fog"] = -1.0,
        ["flare"] = -1.6, ["flaring"] = -1.8, ["crashing"] = -1.8, ["agony"] = -2.8, ["ruined"] = -2.6, ["scammed"] = -2.6,
        ["unacceptable"] = -2.6, ["ignored"] = -1.8, ["rude"] = -2.2, ["waste"] = -2.2, ["wasted"] = -2.0, ["weak"] = -1.4,
    };

    /// <summary>Multi-word expressions, lower-case, single spaces.</summary>
    public static readonly Dictionary<string, double> Phrases = new(StringComparer.Ordinal)
    {
        ["never felt better"] = 3, ["never been better"] = 2.8, ["couldn't be happier"] = 3, ["could not be happier"] = 3,
        ["can't complain"] = 1.4, ["no complaints"] = 1.6, ["cannot complain"] = 1.4, ["life changing"] = 2.8, ["life saver"] = 3, ["game changer"] = 2.8,
        ["no side effects"] = 2.0, ["without side effects"] = 1.8, ["zero side effects"] = 2.2, ["works great"] = 2.8,
        ["feel like myself"] = 2.4, ["feel human"] = 2.0, ["got my life back"] = 3, ["thank you"] = 2.0, ["so far so good"] = 2.0,
        ["brain fog"] = -2.0, ["side effects"] = -0.8, ["stopped working"] = -2.2, ["doesn't work"] = -2.2, ["does not work"] = -2.2,
        ["didn't work"] = -2.2, ["did nothing"] = -2.0, ["does nothing"] = -2.0, ["not working"] = -2.0, ["waste of money"] = -2.6,
        ["feel like crap"] = -2.6, ["feel like death"] = -2.9, ["hit by a truck"] = -2.4, ["kill me"] = -2.4, ["fed up"] = -2.2,
        ["sick of"] = -2.0, ["let down"] = -2.0, ["rip off"] = -2.4, ["made me sick"] = -2.4, ["made me worse"] = -2.6,
    };

    public static readonly Dictionary<string, double> Intensifiers = new(StringComparer.Ordinal)
    {
        ["very"] = 1.3, ["really"] = 1.3, ["so"] = 1.3, ["extremely"] = 1.5, ["super"] = 1.4, ["totally"] = 1.3, ["absolutely"] = 1.5,
        ["incredibly"] = 1.5, ["truly"] = 1.3, ["soooo"] = 1.5, ["sooo"] = 1.4, ["sooooo"] = 1.5, ["most"] = 1.3, ["too"] = 1.2,
        ["completely"] = 1.4, ["utterly"] = 1.5, ["insanely"] = 1.5, ["seriously"] = 1.3, ["such"] = 1.2, ["bloody"] = 1.3,
        ["slightly"] = 0.6, ["somewhat"] = 0.6, ["kinda"] = 0.7, ["bit"] = 0.7, ["little"] = 0.7, ["barely"] = 0.5,
        ["mildly"] = 0.6, ["fairly"] = 0.8, ["pretty"] = 1.1,
    };

    public static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
        "cannot", "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "nothing", "nobody", "neither", "nor",
        "without", "hardly", "dont", "doesnt", "didnt", "isnt", "wasnt", "cant", "wont", "havent",
    };

    public static readonly Dictionary<string, double> Emoji = new(StringComparer.Ordinal)
    {
        ["😀"] = 2.2, ["😃"] = 2.2, ["😄"] = 2.3, ["😁"] = 2.2, ["😊"] = 2.2, ["🙂"] = 1.4, ["😍"] = 2.6, ["🥰"] = 2.6, ["😇"] = 2.0,
        ["🤗"] = 2.0, ["😆"] = 1.8, ["😂"] = 1.2, ["🤣"] = 1.2, ["❤"] = 2.4, ["💕"] = 2.4, ["💖"] = 2.4, ["💙"] = 2.2, ["💚"] = 2.2,
        ["👍"] = 1.8, ["🙏"] = 1.6, ["🎉"] = 2.2, ["🥳"] = 2.4, ["💪"] = 1.8, ["✨"] = 1.2, ["🌟"] = 1.8, ["👏"] = 1.8, ["☺"] = 2.0,
        ["😌"] = 1.4, ["😎"] = 1.6, [":)"] = 1.8, [":-)"] = 1.8, [":D"] = 2.2, ["<3"] = 2.2, [";)"] = 1.2,
        ["😡"] = -2.8, ["😠"] = -2.6, ["🤬"] = -3, ["😢"] = -2.2, ["😭"] = -2.4, ["😞"] = -2.2, ["😔"] = -2.0, ["😩"] = -2.2,
        ["😫"] = -2.2, ["🤢"] = -2.2, ["🤮"] = -2.4, ["💔"] = -2.4, ["👎"] = -2.2, ["😤"] = -2.0, ["😖"] = -2.0, ["😣"] = -1.8,
        ["☹"] = -2.0, ["🙁"] = -1.6, ["😕"] = -1.2, ["😟"] = -1.8, ["😰"] = -2.0, ["😨"] = -2.0, ["😱"] = -2.0, ["🤕"] = -1.8,
        ["😷"] = -1.0, ["🥵"] = -1.4, ["😵"] = -1.8, ["🙄"] = -1.4, ["😒"] = -1.6, [":("] = -1.8, [":-("] = -1.8, [":'("] = -2.2,
    };
}
