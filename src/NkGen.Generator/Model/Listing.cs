using System.Collections.Generic;
using System.Linq;

namespace NkGen.Generator.Model
{
    /// <summary>
    /// Joins items for a diagnostic message, naming at most <see cref="MaxItems"/> and counting the rest, so that a hostile
    /// file with thousands of rows cannot make every one of its messages thousands of items long.
    /// </summary>
    internal static class Listing
    {
        public const int MaxItems = 20;

        public static string Of(IEnumerable<string> items, string separator)
        {
            // A list is joined where it is: names and line ranges arrive as lists, one per entity.
            var all = items as IReadOnlyList<string> ?? items.ToList();
            return all.Count <= MaxItems
                ? string.Join(separator, all)
                : string.Join(separator, all.Take(MaxItems)) + $"{separator}and {all.Count - MaxItems} more";
        }
    }
}
