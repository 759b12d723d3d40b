namespace OutreachBot.Clinic.Tests.Detection.Generated;

/// <summary>Fictional people and places for generated mail; none is taken from a corpus.</summary>
internal static class GeneratedNames
{
    public static readonly string[] FirstNames =
    [
        "Avery", "Brooke", "Calvin", "Delia", "Emmett", "Farah", "Gideon", "Harriet", "Isaac", "Jolene", "Kieran",
        "Lorena", "Malik", "Nadia", "Oscar", "Priscilla", "Quentin", "Rosalind", "Silas", "Tamsin", "Ulysses",
        "Vivian", "Wendell", "Ximena", "Yusuf", "Zelda", "Anouk", "Bashir", "Cosima", "Dmitri", "Eloise", "Fitz",
        "Greer", "Hollis", "Imani", "Jasper", "Keziah", "Leopold", "Marisol", "Niall", "Odette", "Pascal", "Renata",
        "Soren", "Thea", "Valentina", "Wyatt", "Yara", "Zane", "Beatriz", "Cormac", "Dolores", "Ezra", "Fiona",
    ];

    public static readonly string[] LastNames =
    [
        "Ashworth", "Blanchard", "Castellano", "Dunmore", "Eberhardt", "Fairweather", "Galloway", "Hargrove",
        "Ingersoll", "Jablonski", "Kowalski", "Lindqvist", "Mbatha", "Northcott", "Okonkwo", "Pemberton", "Quintero",
        "Radcliffe", "Sandoval", "Thorne", "Underhill", "Villanueva", "Whitlock", "Yamamoto", "Zielinski", "Abernethy",
        "Brannigan", "Delacroix", "Esposito", "Fenwick", "Gutierrez", "Holloway", "Iwasaki", "Kavanagh", "Lachance",
        "McAllister", "Nakamura", "O'Donnell", "Petrakis", "Rourke", "Szabo", "Tremblay", "Vasquez", "Wexler",
        "Adebayo", "Bergstrom", "Chowdhury", "Dubois", "Fitzgerald", "Haddad", "Lindgren", "Moreau", "Novak",
    ];

    public static readonly string[] Places =
    [
        "Cedar Ridge", "Willow Bend", "Stonebrook", "Harbor Point", "Maple Hollow", "Riverside", "Pine Valley",
        "Brookhaven", "Eastfield", "Silver Lake", "Fox Run", "Meadowlark", "Northgate", "Ashford", "Clearwater",
        "Granite Falls", "Lakeshore", "Oak Meadow", "Summit Park", "Westwood", "Bay Crest", "Elm Grove",
    ];

    public static readonly string[] Saints = ["Mary's", "Joseph's", "Luke's", "Anne's", "Vincent's", "Francis", "Jude"];

    public static readonly string[] Streets =
    [
        "1200 Lakeview Dr., Suite 300", "45 Orchard Lane", "880 Commerce Pkwy, Bldg B", "3100 N. Main St.",
        "17 Hospital Way, 4th Floor", "2250 Wellness Blvd", "9 Elm Street, Suite 12",
    ];

    public static readonly string[] Towns = ["Springfield, IL 62704", "Fairview, OH 43210", "Kent, WA 98032", "Salem, OR 97301"];
}
