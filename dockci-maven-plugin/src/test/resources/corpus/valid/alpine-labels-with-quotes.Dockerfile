FROM alpine:3.20
LABEL org.opencontainers.image.title="Report generator" \
      org.opencontainers.image.description='Turns "raw" CSV into PDF reports' \
      org.opencontainers.image.licenses="Apache-2.0" \
      "com.example.team"="data platform" \
      com.example.notes="say \"hi\"" \
      version=1.4.2
LABEL multi.word.legacy value with several words
CMD ["sh"]
