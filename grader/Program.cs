using Attention.Grader.Child;
using Attention.Grader.Commands;

// The hidden child command runs student code; everything else is the command line.
return args is [ChildProgram.Command, ..] ? ChildProgram.Run() : CommandLine.Invoke(args);
