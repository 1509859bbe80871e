Console.WriteLine("MscDomain demo: placeholder");
