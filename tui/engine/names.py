"""Common given names across the languages news covers, for spotting people without a model."""

GIVEN_NAMES = frozenset(
    """
    aaron abdul abdullah abraham adam adrian ahmad ahmed ahmet ai aisha alan albert alberto alejandro
    aleksandr aleksander aleksandra aleksei alexei alexey alex alexander alexandra alexandre ali alice
    alicia alina alison alla amanda amir amy ana anastasia anatoly andre andrea andreas andrei andrej
    andrew andrey andrii andriy andrzej angela angelina anna anne annalena anthony antonio antony anton
    antony arkady armen arseniy arsen artem arthur artur ashley bashar benjamin benny bernard bill boris
    brian bruce carl carla carlos caroline catherine charles charlotte chris christian christine
    christopher claudia colin daniel daniela danielle daria darya david denis dennis denys dmitri dmitry
    dmytro donald dorothy ed edward elena elizabeth emily emma emmanuel emine enrique eric erik ekrem
    elon eva evgeny fatima fatma fernando francis francois françois frank friedrich gabriel gary
    george georgy gerhard giorgia giuseppe gleb grace gregory hakan hamid hans hassan heather helen
    henry hillary howard hugo hulusi ibrahim igor ihor ilham ilya ivan ivana iryna irina isaac jack
    jacob jake james jamie jan jane janet jason javier jean jeff jeffrey jennifer jens jeremy jerome
    jessica jim jimmy joe joel johann john jonathan jordan jorge jose josé joseph josh joshua juan
    julia julian julie justin kamala karen karl kate katherine kathleen keir keith kelly kemal ken
    kenneth kevin kim kirill klaus kostiantyn konstantin kristalina kurt kyle larry laura lavrov
    lee leo leon leonid linda lisa lloyd louis lucas luis luiz lyudmila maksym maria marie marina mario
    mark marco marcus margaret maria mariya marta martin mary matthew maxim maksim mehmet melania
    mette michael michel michelle mikhail mike mohamed mohammad mohammed muhammad mustafa nancy naftali
    natalia natalya nathan nicholas nicola nicolas nikita nikolai nikolay nina norbert oksana olaf
    oleg oleh oleksandr oleksii oleksiy olena olga oliver olivia omar pablo pamela patricia patrick paul
    pavel pavlo pedro peter petro petr philip philippe pierre pyotr rachel rafael ramzan raymond recep
    rebecca richard rishi robert roberto roman ron ronald rosa ruslan rustem ryan sam samantha samuel
    sandra sara sarah scott sean sebastian serhiy sergei sergey sergiy sergio shinzo simon sophie
    stanislav stefan stephen steve steven susan svetlana tammy tanya taras tatiana tayyip ted teresa
    thomas tim timothy tom tony tulsi ursula valentina valery valeriy vadim vasily vasyl victor victoria
    viktor viktoria vince vincent vitali vitaly vitalii vladimir vladislav vladyslav volodymyr walter
    wang william xi yair yana yaroslav yevgeny yevhen yulia yuri yuriy yury zelensky zhang
    """.split()
) - {"zelensky", "lavrov"}


# More cultures (written without accents: names are compared folded, so "Jörg" is "jorg";
# letters that do not fold, such as "ø" and "ł", are listed as written too).
_MORE = """
    dieter tobias henning jorg jurgen uwe horst helmut wolfgang gunter gunther manfred rainer bernd
    ralf lars sven torsten thorsten matthias markus florian lukas jonas felix moritz maximilian niklas
    philipp benedikt dominik fabian kai heiko holger volker ulrich ulf wilhelm heinrich hermann otto
    ernst fritz gerd detlef dirk armin christoph joachim jochen hubert rudolf siegfried werner winfried
    karsten anja sabine katharina heike petra birgit susanne renate monika gisela ingrid helga karin
    kerstin silke stefanie nicole lena leonie hannah lea johanna franziska friederike greta ulrike
    martina gabriele christa brigitte elke doris marlene nadine svenja ricarda saskia annegret dorothee
    ciaran seamus padraig niamh siobhan aoife saoirse eoin cian oisin declan colm conor connor fergus
    liam cathal donal diarmuid eamon eamonn enda micheal mairead roisin grainne orla sinead brendan
    kieran ronan aidan dermot fintan mojtaba reza mohsen mahmoud masoud massoud hossein hosein javad
    jafar mehdi mahdi ebrahim abbas saeed saeid majid hamed ardeshir behrouz babak farhad farid
    farzaneh fatemeh maryam zahra narges shirin parisa leila laleh mina azadeh kourosh cyrus dariush
    morteza mostafa qasem ghasem esmaeil ismail gholam gholamreza hojjat kazem rouhollah ruhollah
    akbar asghar hashem nasser naser kamran bijan shahram siavash arash afshin peyman ramin kaveh
    vahid yousef yusuf nurlan dilnoza farrukh aidos jasur nursultan kassym kasym kairat askar yerlan
    yerzhan daniyar marat timur bakhtiyar bakhyt almaz azamat bolot sadyr emomali rustam shavkat
    abdulaziz sardor sherzod dilshod ulugbek bekzod otabek jamshid zafar anvar bobur umid aziz alisher
    akmal nodir gulnara gulnora nodira malika shahlo zarina aigerim aizhan dinara gulmira saule asel
    ainur murat emre burak cem huseyin osman omer fatih serkan selim sinan tolga ufuk volkan yasin
    ayse zeynep elif merve esra hatice meral ozgur devlet binali berat suleyman numan nihat levent
    kerem baris selahattin abdel abdulrahman abdelaziz abdelfattah faisal fahd fahad hamad hamza
    hussein hussain jamal karim khaled khalid majed marwan nabil osama qais rami saad saleh salman
    sami samir tamim tariq walid waleed yasser yaser youssef zaid ziad ayman adel anwar bassem emad
    hani hisham jassim kamal mansour mounir nizar raed riyad riad saif talal tawfiq yahya zayed badr
    haitham hazem layla mariam noor nour rania salma samira yasmin yasmine zainab amal hanan huda iman
    lina dalia hiba nadia rana reem liu chen yang huang zhao zhou zhu guo lin gao luo zheng liang xie
    tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang cheng shen yao qin xu wu hu
    park choi jung jeong kang cho yoon jang shin kwon hwang ahn hong fumio yoshihide junichiro taro
    hiroshi takashi kenji akira yuki haruki naoki kazuo koichi shigeru toshihiro yoshimasa katsunobu
    yoko yuko keiko akiko sanae shigeru nguyen tran pham hoang phan alvaro andres diego eduardo
    esteban felipe francisco gonzalo guillermo gustavo hector ignacio jaime jesus julio manuel miguel
    raul ramon ricardo rodrigo santiago emilio mateo agustin carmen cristina isabel lucia paula pilar
    sofia veronica yolanda gabriela valeria camila mariana ximena beatriz dolores lourdes ines
    consuelo guadalupe catalina josefina adriana silvia susana lorena jacques olivier laurent thierry
    didier bruno christophe sebastien stephane alain gerard yves marc benoit guillaume julien antoine
    mathieu thibault remi herve gilles patrice jean-luc jean-pierre jean-claude jean-marie jean-yves
    jean-paul marine segolene isabelle nathalie sylvie veronique valerie sandrine helene elisabeth
    emilie camille chloe manon amelie juliette aurelie celine delphine florence genevieve francoise
    agnes martine monique jacqueline josephine odile pascale rachida giorgio giovanni luigi matteo
    paolo silvio enrico alessandro stefano francesco federico lorenzo massimo fabio gianni luca carlo
    claudio daniele davide emanuele filippo gianluca giancarlo guido leonardo maurizio pietro riccardo
    simone tommaso vittorio umberto raffaele salvatore francesca chiara giulia alessandra elisa
    federica martina paola roberta ilaria antonella nils olof magnus gustav johan mikael henrik fredrik
    bjorn knut stein kristian kristoffer mads rasmus soren søren ole jorgen jørgen pekka juha jukka
    mika matti antti timo sauli sanna jussi kari harri ville astrid sigrid annika kristin kristina
    helle margrethe magdalena ebba ulla liv frida signe hanne katrin narendra rahul sonia priyanka
    manmohan arvind amit ajit anil arun ashok deepak gautam krishna mukesh nitin pranab rajesh rajiv
    ramesh ravi sanjay shashi sunil suresh vijay vikram vivek nirmala indira sushma smriti mamata
    kavita lakshmi meena neha pooja priya sunita anand aditya akash ankit kiran mohan nandan prakash
    pradeep rajendra sachin satya siddharth uday venkat arjun rohit virat piyush hardeep raj
    aleksey fyodor gennady grigory matvei semyon timofei valentin vyacheslav yakov yegor zakhar
    ekaterina yekaterina elvira galina inna ksenia larisa lidia ludmila nadezhda polina raisa tamara
    tatyana vera yelena zoya veronika ivanna khrystyna nataliya oleksandra olha mykola mykhailo serhii
    bohdan yuliia halyna liudmyla vadym valerii hennadii heorhii kyrylo danylo rostyslav yurii
    jaroslaw jarosław mateusz radoslaw radosław lech krzysztof piotr pawel paweł tomasz wojciech marek
    michal michał grzegorz zbigniew jacek rafal rafał szymon kamil lukasz łukasz bartosz dariusz ewa
    agnieszka katarzyna malgorzata małgorzata beata milos vaclav tomas jiri lenka laszlo zoltan gabor
    ferenc istvan janos katalin judit gergely balazs tamas nicolae mihai ion gheorghe florin dacian
    calin viorica aleksandar milorad dragan zoran goran slobodan milan ivica zlatko jelena marija
    mirjana kolinda nikola kyriakos alexis giorgos georgios yannis ioannis nikos konstantinos dimitris
    dimitrios panagiotis christos vangelis katerina eleni geert frans jeroen wopke hendrik pieter bas
    joost ruud sander thijs wouter willem koen joao jair marcelo dilma yoav gideon itamar bezalel
    yitzhak ehud ariel shimon avi moshe eli yossi tzipi ayelet orit noa tamar cyril thabo nelson kwame
    uhuru yoweri abiy olusegun muhammadu bola emmerson macky ousmane idriss mahamat samia ngozi amina
    aliyu yemi kofi fatou aminata moussa ibrahima mamadou cheikh abdoulaye seydou boubacar amadou joko
    prabowo susilo megawati mahathir najib muhyiddin ferdinand thaksin yingluck srettha andy barbara
    ben betty bob brenda carol charlie clare claire craig dan danny darren dave deborah debbie derek
    diane donna doug douglas duncan eleanor ellen ella ethan evan fiona frances fred gavin gemma
    geoffrey gerald gillian gordon graham greg harold harriet harry heidi ian jacqueline jared jenny
    jill joan joanna judith judy katie kirsty lucy luke malcolm marcia martha matt megan melanie
    melissa molly natalie neil nick nigel noah norman owen penny phil philippa phoebe rhys rob
    roger rory ross ruth sally shane sharon sheila shirley sian sophia stuart sue tessa theresa tina
    tracy trevor vanessa wayne wendy zoe dominic frederick liz sajid priti suella kemi yvette mitch
    pete kristi gretchen gina janice jeanne jerry jessie joanne joyce virginia
    costas vasilis vassilis spyros spiros michalis panos takis lefteris stelios sotiris apostolos
    evangelos haris pavlos stathis christodoulos antonis andreas fotis ilias tassos nektarios
    eleftheria despina vasiliki georgia angeliki stavroula anastasia sofia myrto zoe athina niki
    fotini sanne femke lotte fleur noor maartje maarten joris bram jelle sjoerd floris gijs teun
    hendrik willem pieter dirk jasper daan wouter niels stijn rutger tjeerd mieke ineke annemiek
    hanneke ingrid saskia joao tiago goncalo rui nuno duarte afonso bernardo vasco henrique filipa
    ines beatriz matilde leonor mariana rita joana catarina margarida bjorn bjørn mats lars erik
    sven anders nils johan gustav oskar axel linnea ebba elsa maja ingrid sigrid solveig kari
    ingeborg hedda thea torbjorn torbjørn trond tor sepp hansjorg luis florian matthias andreas
    manfred arno philipp katharina verena
"""

GIVEN_NAMES = GIVEN_NAMES | frozenset(_MORE.split())
