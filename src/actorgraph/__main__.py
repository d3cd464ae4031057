from actorgraph.cli.main import main

main()
