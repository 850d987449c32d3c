using CareDesk.Classification.Signals;

namespace CareDesk.Classification.Tests.Signals;

/// <summary>
/// Hand-written, labelled PII examples (no public labelled data exists for pharma social posts). Every name, number and
/// address is invented; phone numbers use reserved fiction ranges (555, 07700 900xxx, 020 7946 0xxx) where they exist.
/// </summary>
internal static class PiiExamples
{
    public static readonly (string Text, PiiKind Kind, string Expected)[] Positives =
    [
        ("Email me at jane.doe@example.com about my refill", PiiKind.Email, "jane.doe@example.com"),
        ("my email is j_smith+pharma@mail.example.co.uk if you need it", PiiKind.Email, "j_smith+pharma@mail.example.co.uk"),
        ("Call me on +44 20 7946 0958 please", PiiKind.Phone, "+44 20 7946 0958"),
        ("my number is (555) 123-4567, the pen leaked", PiiKind.Phone, "(555) 123-4567"),
        ("text 555-867-5309 if you need more info", PiiKind.Phone, "555-867-5309"),
        ("reach me at 07700 900123 after work", PiiKind.Phone, "07700 900123"),
        ("Tel: +1 415 555 0132", PiiKind.Phone, "+1 415 555 0132"),
        ("whatsapp +49 151 23456789 for follow-up", PiiKind.Phone, "+49 151 23456789"),
        ("phone 020 7946 0018 after 5pm", PiiKind.Phone, "020 7946 0018"),
        ("555.234.9876 is my cell", PiiKind.Phone, "555.234.9876"),
        ("Hi, my name is Sarah Connor and I had a rash", PiiKind.PersonName, "Sarah Connor"),
        ("my name is maria, the pen broke", PiiKind.PersonName, "maria"),
        ("I'm Sarah and I've been on DrugX for a month", PiiKind.PersonName, "Sarah"),
        ("I'm Zanele Mbeki, my dose was wrong", PiiKind.PersonName, "Zanele Mbeki"),
        ("Hello, this is Tom from the pharmacy on 5th", PiiKind.PersonName, "Tom"),
        ("The tablets made me dizzy. - Jane", PiiKind.PersonName, "Jane"),
        ("Please call me back. Thanks, Maria", PiiKind.PersonName, "Maria"),
        ("Send the replacement to 221B Baker Street please", PiiKind.Address, "221B Baker Street"),
        ("I live at 42 Elm Grove Road, Leeds", PiiKind.Address, "42 Elm Grove Road"),
        ("deliver to 1600 Pennsylvania Ave. by Friday", PiiKind.Address, "1600 Pennsylvania Ave."),
        ("Meine Adresse ist Hauptstraße 12 in Berlin", PiiKind.Address, "Hauptstraße 12"),
        ("I was born on 12/04/1985 and take DrugX", PiiKind.DateOfBirth, "12/04/1985"),
        ("DOB: 1990-07-15, reporting a rash", PiiKind.DateOfBirth, "1990-07-15"),
        ("I was born on March 3, 1972 so I'm not young", PiiKind.DateOfBirth, "March 3, 1972"),
        ("Patient date of birth 4 May 1968, female", PiiKind.DateOfBirth, "4 May 1968"),
    ];

    public static readonly string[] Negatives =
    [
        "I take 20mg twice a day",
        "Lot number 12345678901 is on the box",
        "batch #4417 0023 9981 looks wrong",
        "Started on 12/05/2023, rash by 15/05/2023",
        "My appointment is 2024-03-15 at 10:30",
        "I'm so tired of this",
        "I'm Taking DrugX since Monday",
        "I'm Sorry but this pen is broken",
        "I'm On week 3 of DrugX",
        "Took 2 tablets at 8am and 2 at 8pm",
        "dose went from 0.25 mg to 0.5 mg",
        "Call your doctor if symptoms persist",
        "Price went up by 150 dollars this year",
        "I walked 10000 steps today",
        "My A1C dropped from 8.2 to 6.9",
        "the code on the box is 1234567890",
        "Ref: 0201-3345-2231 for the complaint",
        "NDC 0002-1433-80 is the 1mg pen",
        "Expiry 03/2025, the seal was broken",
        "My name is not important, the pills are",
        "born again christian, loving life on DrugX",
        "Happy birthday to me 🎉 day 30 on DrugX",
        "I'm Happy with the results 😀",
        "Week 12 - 15 kg down, 3 to go",
        "Follow @DrugXHelp and #DrugX for updates https://example.com/drugx",
    ];
}
