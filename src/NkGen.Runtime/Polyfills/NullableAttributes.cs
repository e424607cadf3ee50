#if NETSTANDARD2_0
namespace System.Diagnostics.CodeAnalysis
{
    // netstandard2.0 lacks this attribute; the compiler honours an internal copy.
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}
#endif
