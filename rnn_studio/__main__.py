from rnn_studio.cli import main

raise SystemExit(main())
