using Microsoft.Extensions.Options;
using OutreachBot.Clinic;
using OutreachBot.Clinic.Referrals;
using OutreachBot.Host.ClinicProfile;
using OutreachBot.Host.Correspondence;

namespace OutreachBot.Host.Tests.Correspondence;

/// <summary>The shipped templates and the clinic's own: the most specific wins, placeholders are filled, no clinical detail.</summary>
public sealed class ReferrerLettersTests : IDisposable
{
    private static readonly Referral Hand = new()
    {
        Id = "R-0123456789",
        SourceMessageId = "order-1@northfieldortho.example",
        ReceivedAt = new DateTimeOffset(2026, 11, 24, 15, 15, 0, TimeSpan.Zero),
        Pathway = Pathway.Hand,
        Referrer = new Referrer("Rosa Delgado, MD", "Northfield Orthopedics", ReferrerRole.Orthopedist, "(555) 200-1000", null, "rdelgado@northfieldortho.example"),
        PatientInitials = "G.H.",
        PatientAge = 55,
        Signals = ["ICD-10 code S62.101A", "diagnosis: distal radius fracture"],
        MissingItems = ["insurance"],
    };

    private readonly string _ownFolder = Directory.CreateTempSubdirectory("letters-").FullName;

    private static ReferrerLetters Letters(string? folder = null) => new(
        new LetterTemplates(Options.Create(new LetterTemplatesOptions { Folder = folder })),
        Options.Create(new ClinicOptions { Name = "Harborlight OT", TimeZone = "America/Chicago", FirstContactStandard = TimeSpan.FromHours(24) }));

    public static TheoryData<string> ShippedTemplates =>
        [.. Directory.EnumerateFiles(LetterTemplates.ShippedFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public async Task ShippedTemplate_UsesOnlyKnownPlaceholders_AndHasASubject(string name)
    {
        var templates = new LetterTemplates(Options.Create(new LetterTemplatesOptions()));
        var values = LetterTemplates.Placeholders.ToDictionary(p => p, p => $"<{p}>");

        var (subject, body) = await templates.RenderAsync([name], values, CancellationToken.None);

        Assert.NotEmpty(subject);
        Assert.DoesNotContain("{{", subject + body, StringComparison.Ordinal);
        Assert.Contains("<ClinicName>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_ForAHandReferral_SaysWhenAndWhichFormsWithoutTheDiagnosis()
    {
        var letter = await Letters().ConfirmationAsync(Hand, CancellationToken.None);

        Assert.Equal("rdelgado@northfieldortho.example", letter.To);
        Assert.Equal(ReferrerLetters.ConfirmationPurpose, letter.Purpose);
        Assert.Equal("order-1@northfieldortho.example", letter.SourceMessageId);
        Assert.Contains("within 24 hours", letter.Body, StringComparison.Ordinal);
        Assert.Contains("signed therapy order", letter.Body, StringComparison.Ordinal);
        Assert.Contains("G.H. (age 55)", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Tuesday 24 November 2026", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("S62", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fracture", letter.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("R-0123456789", letter.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_ToAFamily_UsesTheFamilyTemplate()
    {
        var family = Hand with { Pathway = Pathway.Pediatric, Referrer = Hand.Referrer with { Role = ReferrerRole.Family, Name = "Jamie Hale" } };

        var letter = await Letters().ConfirmationAsync(family, CancellationToken.None);

        Assert.Contains("will call you within 24 hours", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicsOwnTemplate_WinsOverTheShippedOne_AndAnEditAppliesToTheNextLetter()
    {
        var path = Path.Combine(_ownFolder, "confirmation.hand.orthopedist.txt");
        await File.WriteAllTextAsync(path, "Subject: Got it\n\nDear {{ReferrerName}}, first version.");
        var letters = Letters(_ownFolder);
        Assert.Contains("first version", (await letters.ConfirmationAsync(Hand, CancellationToken.None)).Body, StringComparison.Ordinal);

        await File.WriteAllTextAsync(path, "Subject: Got it\n\nDear {{ReferrerName}}, second version.");
        var letter = await letters.ConfirmationAsync(Hand, CancellationToken.None);

        Assert.Equal("Got it", letter.Subject);
        Assert.Equal("Dear Rosa Delgado, MD, second version.\n", letter.Body);
    }

    [Fact]
    public async Task TemplateWithAnUnknownPlaceholder_IsRefusedNamingTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_ownFolder, "confirmation.txt"), "Subject: x\n\nDiagnosis: {{Diagnosis}}");

        var error = await Assert.ThrowsAsync<LetterTemplateException>(() => Letters(_ownFolder).ConfirmationAsync(Hand with { Pathway = null, Referrer = Hand.Referrer with { Role = null } }, CancellationToken.None));

        Assert.Contains("{{Diagnosis}}", error.Message, StringComparison.Ordinal);
        Assert.Contains("confirmation.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingInfo_ListsTheItemsPolitely_WithItsOwnPurposePerRequest()
    {
        var letter = await Letters().MissingInfoAsync(Hand, 2, ["insurance", "signed order"], CancellationToken.None);

        Assert.Equal("missing-info-2", letter.Purpose);
        Assert.Contains("- insurance\n- signed order\n", letter.Body, StringComparison.Ordinal);
        Assert.Contains("could you please send us", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeclineReasons.InsuranceNotAccepted, "not in network")]
    [InlineData(DeclineReasons.OutsideArea, "outside the\narea we serve")]
    [InlineData(DeclineReasons.CaseloadFull, "caseloads are\nfull")]
    [InlineData(DeclineReasons.NotAnOtNeed, "is the right service")]
    [InlineData(DeclineReasons.Other, "unable to accept this\nreferral at this time")]
    public async Task Decline_SaysWhyPolitelyPerReason_WithoutStaffNotes(string reason, string expected)
    {
        var declined = Hand.Decline(reason, "family said the co-pay is too high", new("aad-ana", "Ana"), Hand.ReceivedAt.AddHours(1)).Referral;

        var letter = await Letters().DeclineAsync(declined, CancellationToken.None);

        Assert.Equal(ReferrerLetters.DeclinePurpose, letter.Purpose);
        Assert.Contains(expected, letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("co-pay", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("S62", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.00:00:00", "24 hours")]
    [InlineData("2.00:00:00", "48 hours")]
    [InlineData("3.00:00:00", "3 days")]
    [InlineData("00:30:00", "30 minutes")]
    public void Within_PutsTheStandardInWords(string standard, string expected) =>
        Assert.Equal(expected, ReferrerLetters.Within(TimeSpan.Parse(standard, System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose() => Directory.Delete(_ownFolder, recursive: true);
}
