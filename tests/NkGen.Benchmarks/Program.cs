namespace NkGen.Benchmarks
{
    internal static class Program
    {
        private static int Main(string[] args)
        {
            System.Console.WriteLine("placeholder");
            return args.Length;
        }
    }
}
