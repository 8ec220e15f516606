import ClaimlineCLI

ClaimlineMain.main()
