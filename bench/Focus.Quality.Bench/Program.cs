using Focus.Quality.Bench;

// `dotnet run -c Release --project bench/Focus.Quality.Bench` measures the term rules;
// `... -- sla [N ...]` the SLA workbook (see SlaBench); `... -- sla-child ...` is one measured run of it;
// `... -- worklist [N]` the worklist over N cases (see WorklistBench); `... -- rules` advice + terms and a 300-rule publish;
// `... -- intake [seconds] [clients]` and `... -- casepage` go through the HTTP API of the built host (see HttpBench);
// `... -- delivery [seconds] [clients]` and `... -- latency [per-second] [seconds]` whether events keep up with intake (see DeliveryBench);
// `... -- mailbox [N] [singles]` the complaints mailbox poller against a real Dovecot (see MailboxBench);
// `... -- circuits [N]` the host's memory per idle worklist circuit (see CircuitBench);
// `... -- seed [N] [folder]` fills an app data folder with N complaints in every module (see Seeding/FullSeed).
switch (args.FirstOrDefault())
{
    case "sla":
        await SlaBench.RunAsync([.. args.Skip(1)]);
        break;
    case "intake":
        await HttpBench.IntakeAsync([.. args.Skip(1)]);
        break;
    case "intake-probe":
        Console.WriteLine($"{await IntakeHandlerProbe.MillisecondsPerRegistrationAsync(3000):F2} ms per registration");
        break;
    case "delivery":
        await DeliveryBench.KeepUpAsync([.. args.Skip(1)]);
        break;
    case "latency":
        await DeliveryBench.LatencyAsync([.. args.Skip(1)]);
        break;
    case "casepage":
        await HttpBench.CasePageAsync();
        break;
    case "mailbox":
        await MailboxBench.RunAsync([.. args.Skip(1)]);
        break;
    case "circuits":
        await CircuitBench.RunAsync([.. args.Skip(1)]);
        break;
    case "rules":
        await RulesPublishBench.RunAsync();
        break;
    case "seed":
        await Focus.Quality.Bench.Seeding.FullSeed.RunAsync([.. args.Skip(1)]);
        break;
    case "worklist":
        await WorklistBench.RunAsync([.. args.Skip(1)]);
        break;
    case "sla-child":
        await SlaBench.MeasureAsync([.. args.Skip(1)]);
        break;
    default:
        await TermBench.RunAsync();
        break;
}
