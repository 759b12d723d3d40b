using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;

namespace OutreachBot.Host.Correspondence;

/// <summary>
/// The local stand-in for the clinic's mailbox: each letter becomes one .eml file in the outbox folder, named after
/// its referral and purpose and created with <see cref="FileMode.CreateNew"/>, so a retry finds it and sends nothing.
/// Threading headers point at the referral's message, as a real reply would.
/// </summary>
public sealed class OutboxFolderMail(IOptions<CorrespondenceOptions> options, TimeProvider time) : IReferrerMail
{
    public async Task<LetterOutcome> SendOnceAsync(ReferrerLetter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var folder = Path.GetFullPath(options.Value.OutboxFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(letter));
        if (File.Exists(path))
        {
            return LetterOutcome.AlreadySent;
        }

        using var message = Compose(letter, options.Value.From, time.GetUtcNow());
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            await message.WriteToAsync(file, cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
            return LetterOutcome.AlreadySent;
        }

        return LetterOutcome.Sent;
    }

    /// <summary>The outbox file of a letter: the referral id and a hash of the purpose (purposes may hold any text).</summary>
    public static string FileName(ReferrerLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var purpose = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(letter.Purpose)))[..12].ToLowerInvariant();
        return $"{letter.ReferralId}-{purpose}.eml";
    }

    private static MimeMessage Compose(ReferrerLetter letter, string from, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = letter.Subject, Date = now, Body = new TextPart("plain") { Text = letter.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(letter.To));
        message.Headers.Add("X-OutreachBot-Referral", letter.ReferralId);
        if (letter.SourceMessageId is { Length: > 0 } source)
        {
            message.InReplyTo = source;
            message.References.Add(source);
        }

        return message;
    }
}
