using BenchmarkDotNet.Running;
using MscDomain.Benchmarks;

if (args is ["json-probe", ..])
{
    JsonProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
