FROM	alpine:3.20
RUN	echo tab separated
   	  WORKDIR /indented
CMD  [ "sh" ]  
