using OutreachBot.Cli.Commands;

// OutreachBot command line: detection without the bot. Every command reads local files only.
return args switch
{
    ["classify", .. var paths] when paths.Length > 0 => ClassifyCommand.Run(paths, Console.Out),
    ["eval", var folder, .. var options] => EvalCommand.Run(folder, options, Console.Out),
    ["screen", .. var paths] when paths.Length > 0 => ScreenCommand.Run(paths, Console.Out),
    ["bench", var folder, .. var options] => BenchCommand.Run(folder, options, Console.Out),
    ["read", .. var paths] when paths.Length > 0 => ReadCommand.Run(paths, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          OutreachBot classify PATH...           one JSON object per message (files or folders of .eml)
          OutreachBot eval FOLDER [--show-tune|--show-all]  compare with FOLDER/labels.jsonl (all / tune / held-out)
          OutreachBot screen PATH...             count referrals found in non-referral mail (.eml folders, MTSamples .csv)
          OutreachBot bench FOLDER [--passes N] [--no-pdf] [--mailbox N]  messages per second through parse + detect
          OutreachBot read PATH...               each message as the detector receives it (body and attachment text)
        """);
    return 2;
}
