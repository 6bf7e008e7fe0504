from imagegallery_server.cli import main

main()
