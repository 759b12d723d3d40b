using Microsoft.Playwright;

namespace OutreachBot.Host.Tests.Infrastructure;

/// <summary>One test's page on the Playground's UI: open a chat, type as its user, find cards, save screenshots.</summary>
public sealed class PlaygroundPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public const float Timeout = 30_000;

    public IPage Page { get; } = page;

    /// <summary>Opens a chat or channel from the left rail by its exact name ("Referrals", "Personal Chat").</summary>
    public Task OpenAsync(string conversationName) =>
        Page.GetByText(conversationName, new() { Exact = true }).First.ClickAsync();

    /// <summary>The rendered Adaptive Cards that show every one of <paramref name="texts"/>.</summary>
    public ILocator Cards(params string[] texts) =>
        texts.Aggregate(Page.Locator(".ac-adaptiveCard"), (cards, text) => cards.Filter(new() { HasText = text }));

    /// <summary>Types a message as the Playground's user (Dana) into the open chat and sends it.</summary>
    public async Task SayAsync(string text)
    {
        await Page.Locator("[contenteditable='true']").First.ClickAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits for <paramref name="card"/>, brings it into view, and saves the page as <paramref name="file"/>, also when it never came.</summary>
    public async Task<ILocator> ShowAsync(ILocator card, string file)
    {
        ArgumentNullException.ThrowIfNull(card);
        try
        {
            await card.WaitForAsync(new() { Timeout = Timeout });
            await card.ScrollIntoViewIfNeededAsync();
        }
        finally
        {
            await ShotAsync(file);
        }

        return card;
    }

    /// <summary>The whole page as artifacts/<paramref name="file"/>.</summary>
    public Task ShotAsync(string file) =>
        Page.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, file), FullPage = true });

    /// <summary>One element (a card) as artifacts/<paramref name="file"/>.</summary>
    public static Task ShotAsync(ILocator element, string file)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.ScreenshotAsync(new() { Path = Path.Combine(LocalStack.ArtifactsFolder, file) });
    }

    public async ValueTask DisposeAsync()
    {
        await context.CloseAsync();
        await context.DisposeAsync();
    }
}
